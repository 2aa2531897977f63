-- DropIndex
DROP INDEX "Order_email_key";
