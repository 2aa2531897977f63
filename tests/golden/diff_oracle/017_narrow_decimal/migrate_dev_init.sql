-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "note" TEXT,
    "cost" DECIMAL(12,4) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
