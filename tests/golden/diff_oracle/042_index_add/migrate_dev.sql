-- CreateIndex
CREATE INDEX "Account_a_idx" ON "Account"("a");
