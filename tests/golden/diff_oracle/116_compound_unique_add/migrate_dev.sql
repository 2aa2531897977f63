/*
  Warnings:

  - A unique constraint covering the columns `[b,a]` on the table `Item` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "Item_b_a_key" ON "Item"("b", "a");
