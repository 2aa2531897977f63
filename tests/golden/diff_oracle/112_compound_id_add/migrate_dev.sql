/*
  Warnings:

  - The primary key for the `Project` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE "Project" DROP CONSTRAINT "Project_pkey",
RENAME CONSTRAINT "Project_pkey" TO "project_pk",
ALTER COLUMN "id" DROP DEFAULT,
ADD CONSTRAINT "project_pk" PRIMARY KEY ("slug", "id");
DROP SEQUENCE "Project_id_seq";
