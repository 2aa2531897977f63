/*
  Warnings:

  - You are about to drop the `order` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "order";

-- CreateTable
CREATE TABLE "order_v2" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "labels" TEXT[],
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "order_v2_pkey" PRIMARY KEY ("id")
);
