-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "doc" JSONB NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "total" BIGINT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
