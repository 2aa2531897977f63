-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "blob" BYTEA NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
