-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "createdAt" TIMESTAMP(3),
    "ka" TEXT NOT NULL,
    "kb" INTEGER NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN,
    "name" TEXT,
    "title" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_ka_kb_key" ON "Account"("ka", "kb");
