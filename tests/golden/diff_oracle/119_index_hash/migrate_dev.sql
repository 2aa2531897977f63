-- CreateIndex
CREATE INDEX "Post_a_idx" ON "Post" USING HASH ("a");
