-- CreateIndex
CREATE INDEX "Invoice_a_idx" ON "Invoice" USING BRIN ("a" text_minmax_ops);
