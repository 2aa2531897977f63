-- AlterTable
ALTER TABLE "Order" DROP COLUMN "qty",
ADD COLUMN     "qty" INTEGER NOT NULL;

