-- Defaults and types at the edges: bytes, negative and big numbers, escapes, arrays of enums,
-- types with and without their precision.
CREATE TYPE "Color" AS ENUM ('RED', 'GREEN');
CREATE TABLE "edge" (
    "id" BIGINT NOT NULL,
    "neg" INTEGER NOT NULL DEFAULT -1,
    "big" BIGINT NOT NULL DEFAULT 9007199254740993,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT -0.25,
    "path" TEXT NOT NULL DEFAULT 'C:\dir',
    "empty" TEXT NOT NULL DEFAULT '',
    "raw" BYTEA DEFAULT '\x0102',
    "colors" "Color"[] DEFAULT ARRAY['RED', 'GREEN']::"Color"[],
    "plain_ts" TIMESTAMP,
    "plain_tz" TIMESTAMPTZ,
    "t2" TIME(2),
    "vc" VARCHAR,
    "cash" MONEY,
    "doc" XML,
    "flag" BOOLEAN DEFAULT false,
    "label" VARCHAR(10) DEFAULT 'x'::character varying,
    CONSTRAINT "edge_pkey" PRIMARY KEY ("id")
);
