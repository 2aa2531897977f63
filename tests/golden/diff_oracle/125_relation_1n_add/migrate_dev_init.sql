-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION,
    "labels" TEXT[],

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
