-- Arrays of native types, an extension's type, unique constraints beside unique indexes, sorted
-- and multi-column uniques, and columns named like keywords of the schema language.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TYPE "Mood" AS ENUM ('happy', 'sad');
CREATE TABLE "Thing" (
    "id" SERIAL NOT NULL,
    "model" TEXT NOT NULL,
    "enum" INTEGER NOT NULL,
    "email" CITEXT NOT NULL,
    "codes" VARCHAR(20)[],
    "prices" DECIMAL(10,2)[],
    "times" TIMESTAMPTZ(6)[],
    "moods" "Mood"[] DEFAULT ARRAY['happy']::"Mood"[],
    "small" SMALLINT NOT NULL DEFAULT -3,
    "ch" CHAR(3),
    "t" TIME(3),
    "flag" BOOLEAN,
    CONSTRAINT "Thing_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Thing_model_key" UNIQUE ("model"),
    CONSTRAINT "thing_pair" UNIQUE ("enum", "small")
);
CREATE UNIQUE INDEX "Thing_email_key" ON "Thing"("email");
CREATE UNIQUE INDEX "Thing_enum_ch_key" ON "Thing"("enum" DESC, "ch");
CREATE INDEX "Thing_small_model_idx" ON "Thing"("small" DESC, "model");
CREATE INDEX "Thing_codes_idx" ON "Thing" USING GIN ("codes");
CREATE TABLE "Loose" (
    "code" TEXT,
    "note" TEXT
);
CREATE UNIQUE INDEX "Loose_code_key" ON "Loose"("code");
