/*
  Warnings:

  - You are about to drop the `_CommentToProfile` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "_CommentToProfile" DROP CONSTRAINT "_CommentToProfile_A_fkey";

-- DropForeignKey
ALTER TABLE "_CommentToProfile" DROP CONSTRAINT "_CommentToProfile_B_fkey";

-- DropTable
DROP TABLE "_CommentToProfile";
