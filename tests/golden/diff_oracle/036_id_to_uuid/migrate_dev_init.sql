-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "name" TEXT,
    "small" SMALLINT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
