-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_a_idx" ON "Comment"("a");
