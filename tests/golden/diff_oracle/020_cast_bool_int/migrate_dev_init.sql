-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "total" BIGINT NOT NULL,
    "labels" TEXT[],
    "blob" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "flag" BOOLEAN NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
