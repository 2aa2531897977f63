-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "billing"."Plan" AS ENUM ('FREE', 'PRO');

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "plan" "billing"."Plan";
