-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'new',

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
