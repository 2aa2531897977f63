-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "score" DOUBLE PRECISION,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "code" VARCHAR(32),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
