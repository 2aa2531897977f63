-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "amount" DECIMAL(10,2) NOT NULL,
    "nick" TEXT,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "note" TEXT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "name" TEXT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
