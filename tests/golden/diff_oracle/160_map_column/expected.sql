-- AlterTable
ALTER TABLE "User" DROP COLUMN "score",
ADD COLUMN     "score_col" DOUBLE PRECISION NOT NULL;

