-- AlterTable
ALTER TABLE "Account" ALTER COLUMN "state" DROP DEFAULT;
