-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "roles" "Role"[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- Written by hand: an enum value the schema does not have yet, a column of another enum made by
-- hand, and a check on the enum column.
ALTER TYPE "Role" ADD VALUE 'GUEST';
CREATE TYPE "mood" AS ENUM ('ok', 'bad');
ALTER TABLE "User" ADD COLUMN "mood" "mood";
ALTER TABLE "User" ADD CONSTRAINT "role_known" CHECK ("role" IS NOT NULL);
