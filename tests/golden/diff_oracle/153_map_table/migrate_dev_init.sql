-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "price" DECIMAL(65,30) NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
