-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "blob" BYTEA NOT NULL,
    "small" SMALLINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" DECIMAL(65,30) NOT NULL,
    "code2" VARCHAR(20) NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
