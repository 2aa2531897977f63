-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "total" BIGINT,
    "data" JSONB NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
