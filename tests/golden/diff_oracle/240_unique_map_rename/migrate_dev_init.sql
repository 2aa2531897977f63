-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "price" DECIMAL(65,30) NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "handle" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");
