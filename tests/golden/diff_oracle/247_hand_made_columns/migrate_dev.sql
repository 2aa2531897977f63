/*
  Warnings:

  - The values [C] on the enum `Kind` will be removed. If these variants are still used in the database, this will fail.
  - You are about to drop the column `twice` on the `Counter` table. All the data in the column will be lost.
  - You are about to drop the column `counterId` on the `Item` table. All the data in the column will be lost.
  - You are about to drop the column `extra` on the `Item` table. All the data in the column will be lost.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "Kind_new" AS ENUM ('A', 'B');
ALTER TABLE "Item" ALTER COLUMN "kind" TYPE "Kind_new" USING ("kind"::text::"Kind_new");
ALTER TYPE "Kind" RENAME TO "Kind_old";
ALTER TYPE "Kind_new" RENAME TO "Kind";
DROP TYPE "public"."Kind_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "Item" DROP CONSTRAINT "Item_counter_fkey";

-- DropIndex
DROP INDEX "Item_name_key";

-- AlterTable
ALTER TABLE "Counter" DROP COLUMN "twice",
ALTER COLUMN "id" DROP DEFAULT,
ALTER COLUMN "num" DROP DEFAULT;
DROP SEQUENCE "num_seq";

-- AlterTable
ALTER TABLE "Item" DROP COLUMN "counterId",
DROP COLUMN "extra",
ADD COLUMN     "note" TEXT,
ALTER COLUMN "price" DROP DEFAULT;
