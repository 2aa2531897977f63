-- AlterTable
ALTER TABLE "User" ADD COLUMN     "stamp" TIMESTAMP(3) NOT NULL DEFAULT now();

