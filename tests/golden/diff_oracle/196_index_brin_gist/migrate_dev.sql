-- CreateIndex
CREATE INDEX "Project_a_idx" ON "Project" USING SPGIST ("a");
