-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "total" BIGINT,
    "blob" BYTEA NOT NULL,
    "qty" INTEGER NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
