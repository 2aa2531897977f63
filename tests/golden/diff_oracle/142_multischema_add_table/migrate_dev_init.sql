-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "labels" TEXT[],
    "total" BIGINT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
