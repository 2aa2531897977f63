-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "price" DECIMAL(65,30),
    "total" BIGINT NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2),
    "score" DOUBLE PRECISION,
    "count" INTEGER NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");
