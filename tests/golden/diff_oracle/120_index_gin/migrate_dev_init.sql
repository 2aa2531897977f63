-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "amount" DECIMAL(10,2),
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "title" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3),

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);
