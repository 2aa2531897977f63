-- CreateIndex
CREATE INDEX "Invoice_a_idx" ON "Invoice"("a");
