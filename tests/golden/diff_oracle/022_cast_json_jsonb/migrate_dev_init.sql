-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "title" TEXT NOT NULL,
    "doc" JSONB NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "active" BOOLEAN,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
