-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "name" TEXT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "small" SMALLINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
