-- CreateTable
CREATE TABLE "invoice" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "count" INTEGER NOT NULL,

    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);
