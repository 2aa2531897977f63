/*
  Warnings:

  - You are about to drop the `invoice` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "invoice";

-- CreateTable
CREATE TABLE "invoice_v2" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "count" INTEGER NOT NULL,

    CONSTRAINT "invoice_v2_pkey" PRIMARY KEY ("id")
);
