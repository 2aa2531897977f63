-- A B-tree index with an operator class: Prisma leaves the class out.
CREATE TABLE "word" (
    "id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "word_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "word_text_idx" ON "word"("text" text_pattern_ops);
