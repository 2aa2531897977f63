-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION,
    "code" VARCHAR(32) NOT NULL,
    "title" TEXT,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "total" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
