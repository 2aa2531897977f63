-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "score" DOUBLE PRECISION,
    "note" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
