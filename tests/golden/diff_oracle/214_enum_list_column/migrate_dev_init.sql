-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "total" BIGINT,
    "note" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
