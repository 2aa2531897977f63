-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "extra" JSONB;
