-- DropIndex
DROP INDEX "Comment_a_idx";

-- CreateIndex
CREATE INDEX "Comment_b_a_idx" ON "Comment"("b", "a");
