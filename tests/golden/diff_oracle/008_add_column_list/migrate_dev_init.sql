-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "blob" BYTEA NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
