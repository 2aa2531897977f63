-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "blob" BYTEA NOT NULL,
    "total" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3),

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
