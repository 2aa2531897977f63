/*
  Warnings:

  - You are about to drop the column `role` on the `Order` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Order" DROP COLUMN "role";

-- DropEnum
DROP TYPE "Role";
