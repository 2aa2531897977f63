/*
  Warnings:

  - You are about to alter the column `cost` on the `User` table. The data in that column could be lost. The data in that column will be cast from `Decimal(12,4)` to `Decimal(8,2)`.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "cost" SET DATA TYPE DECIMAL(8,2);
