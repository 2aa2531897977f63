-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30),
    "code" VARCHAR(32) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "score" DOUBLE PRECISION,
    "title" TEXT,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
