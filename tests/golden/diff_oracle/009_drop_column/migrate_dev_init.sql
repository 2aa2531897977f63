-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN,
    "note" TEXT NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "labels" TEXT[],
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
