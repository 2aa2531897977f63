/*
  Warnings:

  - You are about to drop the column `seenAt` on the `Tag` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Tag" DROP COLUMN "seenAt",
ADD COLUMN     "seenat_col" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
