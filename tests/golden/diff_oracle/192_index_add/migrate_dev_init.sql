-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
