-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "count" INTEGER NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
