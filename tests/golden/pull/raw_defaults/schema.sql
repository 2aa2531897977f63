-- Defaults Prisma writes as the server prints them (dbgenerated with the casts): a date, a
-- timestamp and an array of numbers with casts inside.
CREATE TABLE "stamp" (
    "id" INTEGER NOT NULL,
    "born" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 00:00:00',
    "day" DATE DEFAULT '2024-02-29',
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[1.5, -2]::DOUBLE PRECISION[],
    CONSTRAINT "stamp_pkey" PRIMARY KEY ("id")
);
