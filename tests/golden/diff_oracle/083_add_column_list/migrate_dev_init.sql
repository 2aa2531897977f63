-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "count" INTEGER NOT NULL,
    "total" BIGINT,
    "note" TEXT,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "code" VARCHAR(32),
    "labels" TEXT[],
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
