-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "seenAt" TIMESTAMPTZ(3),

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
