-- AlterTable
ALTER TABLE "t" ALTER COLUMN "d" SET DEFAULT now();

