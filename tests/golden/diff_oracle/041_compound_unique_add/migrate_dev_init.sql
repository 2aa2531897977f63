-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "count" INTEGER,
    "blob" BYTEA NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN,
    "small" SMALLINT,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
