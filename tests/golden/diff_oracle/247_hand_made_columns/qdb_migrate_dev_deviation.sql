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
ALTER TABLE "Item" DROP CONSTRAINT "Item_name_key";

-- AlterTable
ALTER TABLE "Counter" DROP COLUMN "twice",
ALTER COLUMN "id" DROP IDENTITY,
ALTER COLUMN "num" DROP DEFAULT;
DROP SEQUENCE "num_seq";

-- AlterTable
ALTER TABLE "Item" DROP COLUMN "counterId",
DROP COLUMN "extra",
ADD COLUMN     "note" TEXT,
ALTER COLUMN "price" DROP DEFAULT;

