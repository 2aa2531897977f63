-- CreateEnum
CREATE TYPE "Status" AS ENUM ('ACTIVE');

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "status" "Status" NOT NULL DEFAULT 'ACTIVE';
