-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION,
    "amount" DECIMAL(10,2),
    "blob" BYTEA NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "labels" TEXT[],
    "ownerId" INTEGER NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
