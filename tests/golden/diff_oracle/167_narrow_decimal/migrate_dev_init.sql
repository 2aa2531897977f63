-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "note" TEXT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "cost" DECIMAL(12,4) NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "code" VARCHAR(32),
    "score" DOUBLE PRECISION NOT NULL,
    "small" SMALLINT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
