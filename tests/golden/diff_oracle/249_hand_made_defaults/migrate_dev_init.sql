-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- Written by hand: defaults spelt as another tool or a person spells them.
CREATE TABLE "Setting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "label" VARCHAR(40) NOT NULL DEFAULT ''::character varying,
    "code" VARCHAR(10) NOT NULL DEFAULT 'x',
    "tags" TEXT[] DEFAULT '{}'::text[],
    "on" BOOLEAN NOT NULL DEFAULT FALSE,
    "doc" JSONB NOT NULL DEFAULT '{"a": 1}'::jsonb,
    "big" BIGINT NOT NULL DEFAULT 10,
    "ratio" NUMERIC(6,2) NOT NULL DEFAULT 2.5,
    "real" REAL NOT NULL DEFAULT '-1'::integer,
    "day" DATE NOT NULL DEFAULT CURRENT_DATE,
    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);
