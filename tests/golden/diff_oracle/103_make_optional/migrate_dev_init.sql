-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30),
    "small" SMALLINT NOT NULL,
    "blob" BYTEA NOT NULL,
    "labels" TEXT[],
    "label" TEXT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
