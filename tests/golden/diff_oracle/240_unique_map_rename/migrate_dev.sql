-- RenameIndex
ALTER INDEX "Comment_handle_key" RENAME TO "uq_handle";
