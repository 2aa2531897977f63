-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "role" SET DEFAULT 'OWNER';

