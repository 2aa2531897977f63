-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "at" DATE NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,
    "code" VARCHAR(32),

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
