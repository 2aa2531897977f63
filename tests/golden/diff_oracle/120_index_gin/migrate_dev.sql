-- CreateIndex
CREATE INDEX "Post_doc_idx" ON "Post" USING GIN ("doc" jsonb_path_ops);
