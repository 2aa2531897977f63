-- DropIndex
DROP INDEX "User_b_idx";

-- CreateIndex
CREATE INDEX "renamed_idx" ON "User"("a");
