-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "total" BIGINT,
    "count" INTEGER NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
