-- AlterTable
ALTER TABLE "Account" ALTER COLUMN "blob" DROP NOT NULL;
