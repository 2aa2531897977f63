-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN,
    "score" DOUBLE PRECISION NOT NULL,
    "data" JSONB NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'new',

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT,
    "small" SMALLINT NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
