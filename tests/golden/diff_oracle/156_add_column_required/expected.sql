-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "extra" BIGINT NOT NULL;

