-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "small" SMALLINT NOT NULL,
    "name" TEXT NOT NULL,
    "nick" TEXT,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN,
    "title" TEXT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
