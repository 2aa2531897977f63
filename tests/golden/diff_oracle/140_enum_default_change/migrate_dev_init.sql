-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "active" BOOLEAN,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
