/*
  Warnings:

  - A unique constraint covering the columns `[email]` on the table `Comment` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `email` to the `Comment` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "email" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");
