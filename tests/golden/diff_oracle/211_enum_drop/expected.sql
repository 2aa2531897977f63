-- AlterTable
ALTER TABLE "Order" DROP COLUMN "role";

-- DropEnum
DROP TYPE "Role";

