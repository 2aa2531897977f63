-- CreateIndex
CREATE INDEX "Tag_a_b_idx" ON "Tag"("a" ASC, "b" DESC);
