-- Implicit many-to-many relations as Prisma creates them: one with the default join table name,
-- one named ("Likes"), beside an ordinary foreign key between the same two tables.
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "writerId" INTEGER NOT NULL,
    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Reader" (
    "id" SERIAL NOT NULL,
    CONSTRAINT "Reader_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "_ArticleToCategory" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ArticleToCategory_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE INDEX "_ArticleToCategory_B_index" ON "_ArticleToCategory"("B");
CREATE TABLE "_Likes" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_Likes_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE INDEX "_Likes_B_index" ON "_Likes"("B");
ALTER TABLE "Article" ADD CONSTRAINT "Article_writerId_fkey" FOREIGN KEY ("writerId") REFERENCES "Reader"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "_ArticleToCategory" ADD CONSTRAINT "_ArticleToCategory_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_ArticleToCategory" ADD CONSTRAINT "_ArticleToCategory_B_fkey" FOREIGN KEY ("B") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_Likes" ADD CONSTRAINT "_Likes_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_Likes" ADD CONSTRAINT "_Likes_B_fkey" FOREIGN KEY ("B") REFERENCES "Reader"("id") ON DELETE CASCADE ON UPDATE CASCADE;
