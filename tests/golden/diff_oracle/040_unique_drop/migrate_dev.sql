-- DropIndex
DROP INDEX "Tag_email_key";
