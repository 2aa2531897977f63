-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "code" VARCHAR(32),

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
