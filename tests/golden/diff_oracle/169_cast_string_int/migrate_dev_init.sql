-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "qty" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
