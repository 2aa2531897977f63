-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "nick" SET NOT NULL;

