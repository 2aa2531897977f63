-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "small" SMALLINT NOT NULL,
    "total" BIGINT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
