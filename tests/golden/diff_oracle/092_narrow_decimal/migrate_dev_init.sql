-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "labels" TEXT[],
    "price" DECIMAL(65,30),
    "data" JSONB NOT NULL,
    "cost" DECIMAL(12,4) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
