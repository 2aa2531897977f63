-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3),
    "count" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "count" INTEGER NOT NULL,
    "total" BIGINT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
