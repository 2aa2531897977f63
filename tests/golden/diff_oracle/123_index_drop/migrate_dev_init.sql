-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "total" BIGINT NOT NULL,
    "code" VARCHAR(32),

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_a_b_idx" ON "Comment"("a", "b");
