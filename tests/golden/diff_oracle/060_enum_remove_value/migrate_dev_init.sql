-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
