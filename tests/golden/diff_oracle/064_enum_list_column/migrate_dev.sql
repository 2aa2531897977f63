-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "roles" "Role"[];
