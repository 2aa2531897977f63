-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "price" DECIMAL(65,30),
    "title" TEXT,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
