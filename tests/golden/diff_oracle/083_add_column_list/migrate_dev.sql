-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "tags" TEXT[];
