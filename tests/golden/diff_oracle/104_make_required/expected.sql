-- AlterTable
ALTER TABLE "Project" ALTER COLUMN "nick" SET NOT NULL;

