-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "small" SMALLINT,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
