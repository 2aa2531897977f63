-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30),
    "note" TEXT NOT NULL,
    "title" TEXT,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
