/*
  Warnings:

  - You are about to alter the column `code2` on the `Order` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(10)`.

*/
-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "code2" SET DATA TYPE VARCHAR(10);
