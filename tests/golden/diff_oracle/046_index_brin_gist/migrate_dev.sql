-- CreateIndex
CREATE INDEX "Project_b_idx" ON "Project" USING BRIN ("b" int4_minmax_ops);
