-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "amount" DECIMAL(10,2),
    "title" TEXT NOT NULL,
    "qty" BIGINT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
