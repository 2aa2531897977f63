-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "amount" DECIMAL(10,2) NOT NULL,
    "blob" BYTEA,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
