-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "labels" TEXT[],
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "labels" TEXT[],
    "total" BIGINT NOT NULL,
    "data" JSONB,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
