-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" DECIMAL(65,30) NOT NULL,
    "title" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
