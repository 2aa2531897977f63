-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH VERSION "1.3";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('A');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "r" "Role" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

