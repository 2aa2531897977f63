-- DropTable
DROP TABLE "Tag";

-- CreateTable
CREATE TABLE "billing"."Tag" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "total" BIGINT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

