-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "amount" DECIMAL(10,2),

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
