-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA,
    "data" JSONB,
    "small" SMALLINT NOT NULL,
    "total" BIGINT NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
