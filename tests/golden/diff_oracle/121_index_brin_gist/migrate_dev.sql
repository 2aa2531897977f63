-- CreateIndex
CREATE INDEX "Team_a_idx" ON "Team" USING SPGIST ("a");
