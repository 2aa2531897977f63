-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA,
    "score" DOUBLE PRECISION NOT NULL,
    "small" SMALLINT NOT NULL,
    "ratio" REAL NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
