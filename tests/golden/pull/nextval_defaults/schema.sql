-- Every default that is only nextval() of a sequence, on an integer column, is autoincrement():
-- a SERIAL column, a sequence two columns share, a sequence in another schema, and a child table
-- inheriting its parent's SERIAL default (the sequence the parent owns).
CREATE SEQUENCE "free_seq";
CREATE SCHEMA "other";
CREATE SEQUENCE "other"."counter";
CREATE TABLE "Shared" (
  "id" INTEGER NOT NULL DEFAULT nextval('free_seq'),
  "n" BIGINT NOT NULL DEFAULT nextval('"free_seq"'::regclass),
  "elsewhere" SMALLINT NOT NULL DEFAULT nextval('other.counter'),
  "label" TEXT NOT NULL DEFAULT nextval('free_seq')::text,
  CONSTRAINT "Shared_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Base" (
  "id" SERIAL NOT NULL,
  "name" TEXT NOT NULL,
  CONSTRAINT "Base_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Child" (
  "extra" TEXT,
  CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
) INHERITS ("Base");
