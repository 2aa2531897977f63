-- Native types, defaults and names that are not valid identifiers.
CREATE TABLE "kinds" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(12) NOT NULL,
    "fixed" CHAR(3),
    "small" SMALLINT NOT NULL DEFAULT 0,
    "big" BIGINT,
    "price" DECIMAL(10,2),
    "ratio" REAL,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "born" DATE,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plain_ts" TIMESTAMP(6),
    "doc" JSON,
    "blob" BYTEA,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "addr" INET,
    "nums" INTEGER[],
    CONSTRAINT "kinds_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "2fa-codes" (
    "id" INTEGER NOT NULL,
    "user name" TEXT NOT NULL,
    CONSTRAINT "2fa-codes_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "kinds_code_born_idx" ON "kinds"("code" DESC, "born");
