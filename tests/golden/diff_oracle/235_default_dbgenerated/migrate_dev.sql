-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "token" UUID NOT NULL DEFAULT gen_random_uuid();
