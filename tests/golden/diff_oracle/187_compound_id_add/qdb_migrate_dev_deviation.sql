-- AlterTable
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey",
ALTER COLUMN "id" DROP DEFAULT,
ADD CONSTRAINT "post_pk" PRIMARY KEY ("slug", "id");
DROP SEQUENCE "Post_id_seq";

