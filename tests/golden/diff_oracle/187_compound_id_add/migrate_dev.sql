/*
  Warnings:

  - The primary key for the `Post` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey",
RENAME CONSTRAINT "Post_pkey" TO "post_pk",
ALTER COLUMN "id" DROP DEFAULT,
ADD CONSTRAINT "post_pk" PRIMARY KEY ("slug", "id");
DROP SEQUENCE "Post_id_seq";
