-- AlterTable
ALTER TABLE "Team" ALTER COLUMN "createdAt" DROP NOT NULL;
