-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "small" SMALLINT NOT NULL,
    "title" TEXT,
    "blob" BYTEA,
    "at" DATE NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
