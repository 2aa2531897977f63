-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "extra" TEXT;
