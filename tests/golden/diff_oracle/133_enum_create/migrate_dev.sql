-- CreateEnum
CREATE TYPE "Status" AS ENUM ('ACTIVE');

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "status" "Status";
