-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "title" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
