-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount" DECIMAL(10,2) NOT NULL,
    "blob" BYTEA,
    "at" DATE NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
