-- AlterTable
ALTER TABLE "Account" DROP COLUMN "at",
ADD COLUMN     "at" TIME(3) NOT NULL;

