-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
