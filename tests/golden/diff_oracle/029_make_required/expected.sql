-- AlterTable
ALTER TABLE "Item" ALTER COLUMN "nick" SET NOT NULL;

