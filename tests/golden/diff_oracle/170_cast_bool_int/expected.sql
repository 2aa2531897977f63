-- AlterTable
ALTER TABLE "Tag" DROP COLUMN "flag",
ADD COLUMN     "flag" INTEGER NOT NULL;

