-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "price" DECIMAL(65,30),
    "note" TEXT,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "count" INTEGER,
    "note" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
