-- DropTable
DROP TABLE "invoice";

-- CreateTable
CREATE TABLE "invoice_v2" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "count" INTEGER NOT NULL,

    CONSTRAINT "invoice_v2_pkey" PRIMARY KEY ("id")
);

