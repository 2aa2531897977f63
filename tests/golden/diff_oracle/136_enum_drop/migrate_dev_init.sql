-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "count" INTEGER,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
