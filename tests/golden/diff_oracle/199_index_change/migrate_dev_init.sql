-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN,
    "code" VARCHAR(32) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Account_a_idx" ON "Account"("a");
