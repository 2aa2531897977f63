-- DropForeignKey
ALTER TABLE "_AccountToInvoice" DROP CONSTRAINT "_AccountToInvoice_A_fkey";

-- DropForeignKey
ALTER TABLE "_AccountToInvoice" DROP CONSTRAINT "_AccountToInvoice_B_fkey";

-- DropTable
DROP TABLE "_AccountToInvoice";

