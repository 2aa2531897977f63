-- RenameIndex
ALTER INDEX "User_handle_key" RENAME TO "handle_unique";

