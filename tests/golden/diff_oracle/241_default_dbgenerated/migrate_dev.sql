-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "token" UUID NOT NULL DEFAULT gen_random_uuid();
