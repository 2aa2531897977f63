-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "count" INTEGER,
    "blob" BYTEA,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
