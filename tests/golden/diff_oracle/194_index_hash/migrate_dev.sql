-- CreateIndex
CREATE INDEX "User_b_idx" ON "User" USING HASH ("b");
