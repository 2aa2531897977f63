-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "data" JSONB NOT NULL,
    "name" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "code2" VARCHAR(20) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "data" JSONB,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
