/*
  Warnings:

  - You are about to drop the `user` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "user";

-- CreateTable
CREATE TABLE "user_v2" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "data" JSONB,
    "total" BIGINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "user_v2_pkey" PRIMARY KEY ("id")
);
