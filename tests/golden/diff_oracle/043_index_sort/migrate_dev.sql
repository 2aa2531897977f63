-- CreateIndex
CREATE INDEX "Account_a_b_idx" ON "Account"("a" ASC, "b" DESC);
