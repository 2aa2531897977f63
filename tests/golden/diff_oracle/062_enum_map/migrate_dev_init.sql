-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "note" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2),
    "price" DECIMAL(65,30),
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
