-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2),
    "code" VARCHAR(32),
    "addr" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
