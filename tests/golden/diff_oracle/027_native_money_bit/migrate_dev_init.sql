-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "amount" DECIMAL(10,2),
    "labels" TEXT[],
    "title" TEXT NOT NULL,
    "bits" BIT(8) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
