-- CreateIndex
CREATE INDEX "Invoice_a_idx" ON "Invoice"("a" text_pattern_ops);
