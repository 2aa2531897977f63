-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "code" VARCHAR(32) NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "title" TEXT,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
