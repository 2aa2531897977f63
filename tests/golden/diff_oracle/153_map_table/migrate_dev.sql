/*
  Warnings:

  - You are about to drop the `Comment` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "Comment";

-- CreateTable
CREATE TABLE "comments" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "price" DECIMAL(65,30) NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);
