-- AlterTable
ALTER TABLE "Project" DROP CONSTRAINT "Project_pkey",
ALTER COLUMN "id" DROP DEFAULT,
ADD CONSTRAINT "project_pk" PRIMARY KEY ("slug", "id");
DROP SEQUENCE "Project_id_seq";

