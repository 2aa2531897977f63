-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "labels" TEXT[],
    "amount" DECIMAL(10,2),
    "qty" TEXT NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "total" BIGINT NOT NULL,
    "code" VARCHAR(32) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
