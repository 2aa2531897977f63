-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "labels" TEXT[],
    "note" TEXT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "active" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "blob" BYTEA,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
