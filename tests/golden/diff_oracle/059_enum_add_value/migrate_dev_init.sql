-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "note" TEXT,
    "amount" DECIMAL(10,2),
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "total" BIGINT,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
