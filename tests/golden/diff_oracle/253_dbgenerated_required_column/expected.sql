-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "seq" INTEGER NOT NULL;

