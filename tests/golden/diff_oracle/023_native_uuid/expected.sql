-- AlterTable
ALTER TABLE "Comment" DROP COLUMN "ref",
ADD COLUMN     "ref" UUID NOT NULL;

