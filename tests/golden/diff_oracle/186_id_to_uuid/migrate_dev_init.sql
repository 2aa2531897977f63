-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "total" BIGINT NOT NULL,
    "labels" TEXT[],
    "active" BOOLEAN NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
