-- AlterTable
ALTER TABLE "Comment" DROP COLUMN "addr",
ADD COLUMN     "addr" INET NOT NULL;

