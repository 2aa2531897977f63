-- AlterTable
ALTER TABLE "Account" ALTER COLUMN "createdAt" DROP NOT NULL;
