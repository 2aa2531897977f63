-- CreateIndex
CREATE INDEX "Account_words_idx" ON "Account" USING GIN ("words");
