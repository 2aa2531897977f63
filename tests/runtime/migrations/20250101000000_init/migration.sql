-- CreateEnum
CREATE TYPE "Mood" AS ENUM ('HAPPY', 'so-sad');

-- CreateTable
CREATE TABLE "Sample" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "varchar" VARCHAR(20) NOT NULL,
    "uuid" UUID NOT NULL,
    "int" INTEGER NOT NULL,
    "small" SMALLINT NOT NULL,
    "big" BIGINT NOT NULL,
    "float" DOUBLE PRECISION NOT NULL,
    "real" REAL NOT NULL,
    "decimal" DECIMAL(12,2) NOT NULL,
    "money" MONEY NOT NULL,
    "bool" BOOLEAN NOT NULL,
    "stamp" TIMESTAMP(3) NOT NULL,
    "stampTz" TIMESTAMPTZ(3) NOT NULL,
    "day" DATE NOT NULL,
    "time" TIME(3) NOT NULL,
    "json" JSONB NOT NULL,
    "plain" JSON NOT NULL,
    "bytes" BYTEA NOT NULL,
    "mood" "Mood" NOT NULL,
    "moods" "Mood"[],
    "texts" TEXT[],
    "ints" INTEGER[],
    "bigs" BIGINT[],
    "floats" DOUBLE PRECISION[],
    "decimals" DECIMAL(65,30)[],
    "bools" BOOLEAN[],
    "stamps" TIMESTAMP(3)[],
    "jsons" JSONB[],
    "blobs" BYTEA[],
    "note" TEXT,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" BIGSERIAL NOT NULL,
    "sampleId" INTEGER NOT NULL,
    "label" TEXT NOT NULL DEFAULT 'item',

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_sampleId_fkey" FOREIGN KEY ("sampleId") REFERENCES "Sample"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

