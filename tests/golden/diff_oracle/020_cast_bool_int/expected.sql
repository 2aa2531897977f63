-- AlterTable
ALTER TABLE "Post" DROP COLUMN "flag",
ADD COLUMN     "flag" INTEGER NOT NULL;

