/*
  Warnings:

  - You are about to drop the column `seenAt` on the `Comment` table. All the data in the column will be lost.
  - Added the required column `seenat_col` to the `Comment` table without a default value. This is not possible if the table is not empty.
  - Made the column `nick` on table `Invoice` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "Comment" DROP COLUMN "seenAt",
ADD COLUMN     "extra" BOOLEAN,
ADD COLUMN     "seenat_col" TIMESTAMPTZ(3) NOT NULL;

-- AlterTable
ALTER TABLE "Invoice" ALTER COLUMN "id" DROP DEFAULT,
ALTER COLUMN "nick" SET NOT NULL;
DROP SEQUENCE "Invoice_id_seq";
