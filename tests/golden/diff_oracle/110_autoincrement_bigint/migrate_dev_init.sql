-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "labels" TEXT[],
    "count" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "small" SMALLINT NOT NULL,
    "createdAt" TIMESTAMP(3),

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
