-- AlterTable
ALTER TABLE "Comment" DROP COLUMN "qty",
ADD COLUMN     "qty" INTEGER NOT NULL;

