-- AlterTable
ALTER TABLE "Post" DROP COLUMN "qty",
ADD COLUMN     "qty" INTEGER NOT NULL;

