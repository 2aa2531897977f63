-- AlterTable
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_pkey",
ALTER COLUMN "id" DROP DEFAULT,
ADD CONSTRAINT "Comment_pkey" PRIMARY KEY ("id", "slug");

