-- AlterTable
ALTER TABLE "Project" ALTER COLUMN "state" SET DEFAULT 'x'::text;
