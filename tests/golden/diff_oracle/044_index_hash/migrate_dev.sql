-- CreateIndex
CREATE INDEX "Tag_a_idx" ON "Tag" USING HASH ("a");
