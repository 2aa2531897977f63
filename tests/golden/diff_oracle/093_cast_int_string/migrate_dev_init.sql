-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "small" SMALLINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL,
    "qty" INTEGER NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
