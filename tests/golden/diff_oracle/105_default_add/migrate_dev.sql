-- AlterTable
ALTER TABLE "Account" ALTER COLUMN "rank" SET DEFAULT 2;
