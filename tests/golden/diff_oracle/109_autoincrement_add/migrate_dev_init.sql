-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
