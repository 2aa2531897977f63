-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "billing"."Plan" AS ENUM ('FREE', 'PRO');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "plan" "billing"."Plan";
