-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "count" INTEGER,
    "ka" TEXT NOT NULL,
    "kb" INTEGER NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "total" BIGINT,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_ka_kb_key" ON "Comment"("ka", "kb");
