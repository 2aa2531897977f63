-- AlterTable
ALTER TABLE "Invoice" DROP CONSTRAINT "Invoice_pkey",
ADD CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id");

