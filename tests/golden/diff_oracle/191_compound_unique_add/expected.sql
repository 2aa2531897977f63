-- CreateIndex
CREATE UNIQUE INDEX "a_b_unique" ON "Account"("a" DESC, "b");

