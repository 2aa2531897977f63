-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "title" TEXT,
    "price" DECIMAL(65,30) NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA,
    "data" JSONB,
    "small" SMALLINT NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
