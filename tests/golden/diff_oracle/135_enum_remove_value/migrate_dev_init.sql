-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "note" TEXT,
    "data" JSONB,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
