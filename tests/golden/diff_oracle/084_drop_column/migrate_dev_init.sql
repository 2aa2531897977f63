-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "data" JSONB NOT NULL,
    "count" INTEGER NOT NULL,
    "total" BIGINT,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
