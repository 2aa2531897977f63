-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL,
    "total" BIGINT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "total" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3),

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
