-- AlterTable
ALTER TABLE "Team" DROP COLUMN "at",
ADD COLUMN     "at" TIME(3) NOT NULL;

