-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "code" VARCHAR(32) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
