-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "total" BIGINT,
    "price" DECIMAL(65,30),
    "score" DOUBLE PRECISION,
    "labels" TEXT[],
    "flag" BOOLEAN NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blob" BYTEA NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
