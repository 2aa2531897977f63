-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "total" BIGINT,
    "amount" DECIMAL(10,2) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION,
    "amount" DECIMAL(10,2),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
