-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "qty" BIGINT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
