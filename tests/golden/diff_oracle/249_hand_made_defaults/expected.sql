-- CreateTable
CREATE TABLE "Setting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "label" VARCHAR(40) NOT NULL DEFAULT '',
    "code" VARCHAR(10) NOT NULL DEFAULT 'x',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "on" BOOLEAN NOT NULL DEFAULT false,
    "doc" JSONB NOT NULL DEFAULT '{"a": 1}',
    "big" BIGINT NOT NULL DEFAULT 10,
    "ratio" DECIMAL(6,2) NOT NULL DEFAULT 2.50,
    "real" REAL NOT NULL DEFAULT -1,
    "day" DATE NOT NULL DEFAULT CURRENT_DATE,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);

