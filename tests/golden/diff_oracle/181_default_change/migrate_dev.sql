-- AlterTable
ALTER TABLE "Account" ALTER COLUMN "state" SET DEFAULT 'x'::text;
