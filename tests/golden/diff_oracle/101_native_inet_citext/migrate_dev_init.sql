-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN,
    "data" JSONB,
    "title" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "addr" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
