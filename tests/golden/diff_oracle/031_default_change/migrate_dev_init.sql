-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "price" DECIMAL(65,30),
    "name" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'new',

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
