-- AlterTable
ALTER TABLE "Tag" DROP COLUMN "ref",
ADD COLUMN     "ref" UUID NOT NULL;

