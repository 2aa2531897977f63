-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "small" SMALLINT NOT NULL,
    "note" TEXT,
    "ratio" REAL NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "total" BIGINT,
    "name" TEXT NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
