-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30),
    "note" TEXT,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
