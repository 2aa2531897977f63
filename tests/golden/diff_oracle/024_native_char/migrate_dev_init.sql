-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30),
    "note" TEXT,
    "active" BOOLEAN NOT NULL,
    "total" BIGINT NOT NULL,
    "ref" CHAR(4) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "blob" BYTEA NOT NULL,
    "score" DOUBLE PRECISION,
    "small" SMALLINT NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
