-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "small" SMALLINT NOT NULL,
    "count" INTEGER,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3),
    "score" DOUBLE PRECISION,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
