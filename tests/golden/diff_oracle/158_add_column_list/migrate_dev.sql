-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "tags" TEXT[];
