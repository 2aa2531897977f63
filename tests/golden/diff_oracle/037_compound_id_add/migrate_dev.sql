/*
  Warnings:

  - The primary key for the `Comment` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_pkey",
ALTER COLUMN "id" DROP DEFAULT,
ADD CONSTRAINT "Comment_pkey" PRIMARY KEY ("id", "slug");
DROP SEQUENCE "Comment_id_seq";
