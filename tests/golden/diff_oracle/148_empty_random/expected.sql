-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

