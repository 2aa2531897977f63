-- RenameIndex
ALTER INDEX "Project_handle_key" RENAME TO "handle_unique";

