/*
  Warnings:

  - You are about to drop the `Tag` table. If the table is not empty, all the data it contains will be lost.

*/
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- DropTable
DROP TABLE "Tag";

-- CreateTable
CREATE TABLE "billing"."Tag" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "total" BIGINT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
