-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "note" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "price" DECIMAL(65,30),

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
