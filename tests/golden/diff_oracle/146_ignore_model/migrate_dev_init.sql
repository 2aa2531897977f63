-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "total" BIGINT,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
