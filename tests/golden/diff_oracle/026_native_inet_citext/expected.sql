-- AlterTable
ALTER TABLE "Project" DROP COLUMN "addr",
ADD COLUMN     "addr" INET NOT NULL;

