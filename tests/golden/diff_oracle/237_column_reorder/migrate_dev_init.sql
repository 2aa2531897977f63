-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "small" SMALLINT,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
