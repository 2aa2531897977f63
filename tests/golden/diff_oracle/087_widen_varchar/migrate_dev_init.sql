-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "small" SMALLINT NOT NULL,
    "total" BIGINT NOT NULL,
    "code2" VARCHAR(20) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
