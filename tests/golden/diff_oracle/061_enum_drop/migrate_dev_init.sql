-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "labels" TEXT[],
    "amount" DECIMAL(10,2) NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
