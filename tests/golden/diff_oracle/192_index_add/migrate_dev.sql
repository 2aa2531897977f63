-- CreateIndex
CREATE INDEX "User_a_idx" ON "User"("a");
