-- CreateIndex
CREATE INDEX "Order_a_idx" ON "Order"("a" DESC);
