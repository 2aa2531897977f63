-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "active" BOOLEAN,
    "name" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
