-- AlterTable
ALTER TABLE "Team" DROP COLUMN "note";

