-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "blob" BYTEA NOT NULL,
    "amount" DECIMAL(10,2),
    "labels" TEXT[],
    "flag" BOOLEAN NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "total" BIGINT NOT NULL,
    "active" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
