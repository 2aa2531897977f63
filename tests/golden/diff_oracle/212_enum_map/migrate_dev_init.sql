-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30),
    "count" INTEGER NOT NULL,
    "small" SMALLINT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
