-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "note" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
