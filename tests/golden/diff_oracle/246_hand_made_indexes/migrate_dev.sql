-- DropIndex
DROP INDEX "Item_name_coll";

-- DropIndex
DROP INDEX "Item_name_nnd";

-- DropIndex
DROP INDEX "Item_price_idx";

-- DropIndex
DROP INDEX "Item_price_incl";

-- DropIndex
DROP INDEX "Item_price_nulls";

-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "note" TEXT;
