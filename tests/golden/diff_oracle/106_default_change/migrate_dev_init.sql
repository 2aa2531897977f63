-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "count" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'new',

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "price" DECIMAL(65,30),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
