-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "rank" SET DEFAULT 1;

