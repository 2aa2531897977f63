-- RenameIndex
ALTER INDEX "Account_a_idx" RENAME TO "renamed_idx";
