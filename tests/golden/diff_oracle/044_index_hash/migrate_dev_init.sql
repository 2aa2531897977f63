-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN,
    "amount" DECIMAL(10,2),
    "count" INTEGER NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "title" TEXT,
    "name" TEXT,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
