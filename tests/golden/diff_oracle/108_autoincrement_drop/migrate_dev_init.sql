-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "code" VARCHAR(32) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
