-- AlterTable
ALTER TABLE "Post" DROP COLUMN "addr",
ADD COLUMN     "addr" INET NOT NULL;

