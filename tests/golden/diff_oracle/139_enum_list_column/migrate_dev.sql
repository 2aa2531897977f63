-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "roles" "Role"[];
