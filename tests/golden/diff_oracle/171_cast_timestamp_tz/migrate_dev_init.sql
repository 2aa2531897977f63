-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "score" DOUBLE PRECISION,
    "amount" DECIMAL(10,2) NOT NULL,
    "data" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "note" TEXT NOT NULL,
    "total" BIGINT,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
