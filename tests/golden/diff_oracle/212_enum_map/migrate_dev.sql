/*
  Warnings:

  - The `role` column on the `Item` table would be dropped and recreated. This will lead to data loss if there is data in the column.

*/
-- CreateEnum
CREATE TYPE "role_kind" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- AlterTable
ALTER TABLE "Item" DROP COLUMN "role",
ADD COLUMN     "role" "role_kind" NOT NULL DEFAULT 'USER';

-- DropEnum
DROP TYPE "Role";
