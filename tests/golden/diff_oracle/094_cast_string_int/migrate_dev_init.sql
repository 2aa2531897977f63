-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2),
    "total" BIGINT,
    "qty" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3),
    "seenAt" TIMESTAMPTZ(3),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
