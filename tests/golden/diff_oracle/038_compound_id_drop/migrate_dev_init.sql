-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "score" DOUBLE PRECISION,
    "labels" TEXT[],
    "slug" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id","slug")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA,
    "code" VARCHAR(32) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
