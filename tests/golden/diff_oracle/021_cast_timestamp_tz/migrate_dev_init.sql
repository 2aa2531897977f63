-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "blob" BYTEA,
    "total" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
