-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "active" BOOLEAN,
    "count" INTEGER NOT NULL,
    "small" SMALLINT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
