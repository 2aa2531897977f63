/*
  Warnings:

  - You are about to drop the `_AccountToInvoice` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "_AccountToInvoice" DROP CONSTRAINT "_AccountToInvoice_A_fkey";

-- DropForeignKey
ALTER TABLE "_AccountToInvoice" DROP CONSTRAINT "_AccountToInvoice_B_fkey";

-- DropTable
DROP TABLE "_AccountToInvoice";
