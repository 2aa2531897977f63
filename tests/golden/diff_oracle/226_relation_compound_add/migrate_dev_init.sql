-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "ka" TEXT NOT NULL,
    "kb" INTEGER NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_ka_kb_key" ON "Account"("ka", "kb");
