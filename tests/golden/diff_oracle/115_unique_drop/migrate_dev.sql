-- DropIndex
DROP INDEX "Invoice_email_key";
