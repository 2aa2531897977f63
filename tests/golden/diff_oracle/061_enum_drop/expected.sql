-- AlterTable
ALTER TABLE "Post" DROP COLUMN "role";

-- DropEnum
DROP TYPE "Role";

