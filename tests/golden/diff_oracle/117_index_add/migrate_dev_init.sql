-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "small" SMALLINT,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
