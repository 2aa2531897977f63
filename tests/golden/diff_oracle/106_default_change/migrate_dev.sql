-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "state" SET DEFAULT '';
