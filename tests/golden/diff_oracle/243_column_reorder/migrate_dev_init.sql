-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "data" JSONB NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
