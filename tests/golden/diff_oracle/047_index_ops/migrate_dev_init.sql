-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION,
    "blob" BYTEA,
    "price" DECIMAL(65,30) NOT NULL,
    "labels" TEXT[],
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "labels" TEXT[],
    "total" BIGINT,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
