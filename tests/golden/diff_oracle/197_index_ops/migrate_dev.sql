-- CreateIndex
CREATE INDEX "Account_a_idx" ON "Account"("a" text_pattern_ops);
