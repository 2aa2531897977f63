-- CreateIndex
CREATE UNIQUE INDEX "a_b_unique" ON "Post"("a" DESC, "b");

