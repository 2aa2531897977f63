/*
  Warnings:

  - You are about to drop the `Invoice` table. If the table is not empty, all the data it contains will be lost.

*/
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- DropTable
DROP TABLE "Invoice";

-- CreateTable
CREATE TABLE "billing"."Invoice" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL,
    "total" BIGINT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
