-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateEnum
CREATE TYPE "auth"."Plan" AS ENUM ('FREE', 'PRO');

-- CreateTable
CREATE TABLE "auth"."accounts" (
    "id" SERIAL NOT NULL,
    "plan" "auth"."Plan" NOT NULL DEFAULT 'FREE',

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app"."Order" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "app"."Order" ADD CONSTRAINT "Order_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "auth"."accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

