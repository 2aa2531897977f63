/*
  Warnings:

  - You are about to drop the `_ItemToProfile` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "_ItemToProfile" DROP CONSTRAINT "_ItemToProfile_A_fkey";

-- DropForeignKey
ALTER TABLE "_ItemToProfile" DROP CONSTRAINT "_ItemToProfile_B_fkey";

-- DropTable
DROP TABLE "_ItemToProfile";
