-- AlterTable
ALTER TABLE "User" DROP COLUMN "at",
ADD COLUMN     "at" TIME(3) NOT NULL;

