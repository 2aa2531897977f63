-- DropTable
DROP TABLE "Comment";

-- CreateTable
CREATE TABLE "billing"."Comment" (
    "id" SERIAL NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

