-- AlterTable
ALTER TABLE "Order" DROP COLUMN "ref",
ADD COLUMN     "ref" UUID NOT NULL;

