-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "total" BIGINT,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
