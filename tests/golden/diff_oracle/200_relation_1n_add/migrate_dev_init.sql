-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
