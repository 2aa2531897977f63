-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "labels" TEXT[],
    "name" TEXT NOT NULL,
    "code2" VARCHAR(20) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
