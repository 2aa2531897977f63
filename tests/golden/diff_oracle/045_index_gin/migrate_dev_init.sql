-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "name" TEXT,
    "createdAt" TIMESTAMP(3),
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION,
    "note" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
