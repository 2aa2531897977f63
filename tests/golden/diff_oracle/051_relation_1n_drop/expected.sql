-- DropForeignKey
ALTER TABLE "Profile" DROP CONSTRAINT "Profile_ownerId_fkey";

-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "ownerId";

