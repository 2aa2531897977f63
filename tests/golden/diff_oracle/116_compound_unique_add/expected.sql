-- CreateIndex
CREATE UNIQUE INDEX "Item_b_a_key" ON "Item"("b", "a");

