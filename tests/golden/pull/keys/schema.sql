-- One-to-one and two self relations, named keys, a hash index, odd enum values and defaults.
CREATE TYPE "mood" AS ENUM ('happy', 'so-so', 'Sad');

CREATE TABLE "person" (
    "id" INTEGER NOT NULL,
    "mother_id" INTEGER,
    "father_id" INTEGER,
    "nick" VARCHAR(40) NOT NULL DEFAULT 'it''s "me"',
    "mood" "mood" NOT NULL DEFAULT 'so-so',
    "tags" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "meta" JSONB NOT NULL DEFAULT '{"a": 1}',
    "scores" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    CONSTRAINT "person_primary" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "person_nick_unique" ON "person"("nick");
CREATE INDEX "person_mood_idx" ON "person" USING HASH ("mood");

CREATE TABLE "passport" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    CONSTRAINT "passport_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "passport_person_id_key" ON "passport"("person_id");

ALTER TABLE "person" ADD CONSTRAINT "person_mother_id_fkey" FOREIGN KEY ("mother_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "person" ADD CONSTRAINT "person_father_id_fkey" FOREIGN KEY ("father_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
ALTER TABLE "passport" ADD CONSTRAINT "passport_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
