-- AlterTable
ALTER TABLE "Account" ALTER COLUMN "id" DROP DEFAULT;
DROP SEQUENCE "Account_id_seq";
