/*
  Warnings:

  - A unique constraint covering the columns `[a,b]` on the table `Post` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "a_b_unique" ON "Post"("a" DESC, "b");
