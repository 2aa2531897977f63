-- CreateTable
CREATE TABLE "Job" (
    "id" INTEGER NOT NULL,
    "wait" interval DEFAULT '1 day'::interval,
    "born" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 00:00:00'::timestamp without time zone,
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[(1.5)::double precision, ('-2'::integer)::double precision],
    "token" TEXT NOT NULL DEFAULT md5((random())::text),
    "g" INTEGER NOT NULL,
    "span" interval NOT NULL DEFAULT '01:00:00'::interval,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);
-- Written by hand: a default for the column whose schema default is dbgenerated().
ALTER TABLE "Job" ALTER COLUMN "g" SET DEFAULT 7;
