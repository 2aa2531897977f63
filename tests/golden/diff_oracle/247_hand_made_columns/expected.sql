-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "note" TEXT;

