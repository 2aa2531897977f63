-- CreateEnum
CREATE TYPE "role_kind" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- AlterTable
ALTER TABLE "Item" DROP COLUMN "role",
ADD COLUMN     "role" "role_kind" NOT NULL DEFAULT 'USER';

-- DropEnum
DROP TYPE "Role";

