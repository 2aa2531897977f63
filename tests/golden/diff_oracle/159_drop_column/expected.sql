-- AlterTable
ALTER TABLE "Team" DROP COLUMN "labels";

