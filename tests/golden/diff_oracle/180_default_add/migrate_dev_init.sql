-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "data" JSONB,
    "name" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "seenAt" TIMESTAMPTZ(3),
    "rank" INTEGER NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "title" TEXT,
    "small" SMALLINT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
