-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "title" TEXT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
