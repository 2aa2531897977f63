-- AlterTable
ALTER TABLE "Post" DROP CONSTRAINT "Post_pkey",
RENAME CONSTRAINT "Post_pkey" TO "post_pk",
ALTER COLUMN "id" DROP DEFAULT,
ADD CONSTRAINT "post_pk" PRIMARY KEY ("slug", "id");
DROP SEQUENCE "";

