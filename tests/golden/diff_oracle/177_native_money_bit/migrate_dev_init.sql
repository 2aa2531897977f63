-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "note" TEXT NOT NULL,
    "bits" BIT(8) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "small" SMALLINT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
