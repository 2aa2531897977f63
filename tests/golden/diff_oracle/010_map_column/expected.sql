-- AlterTable
ALTER TABLE "Tag" DROP COLUMN "name",
ADD COLUMN     "name_col" TEXT NOT NULL;

