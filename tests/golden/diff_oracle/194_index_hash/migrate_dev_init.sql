-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "labels" TEXT[],
    "total" BIGINT,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2),
    "total" BIGINT,
    "labels" TEXT[],
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
