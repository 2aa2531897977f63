-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "extra" BOOLEAN NOT NULL DEFAULT false;
