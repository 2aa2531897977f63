-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "active" BOOLEAN,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
