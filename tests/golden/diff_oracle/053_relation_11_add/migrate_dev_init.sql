-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "count" INTEGER,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" DECIMAL(65,30) NOT NULL,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
