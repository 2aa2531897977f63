-- AlterTable
ALTER TABLE "Invoice" DROP COLUMN "data";

