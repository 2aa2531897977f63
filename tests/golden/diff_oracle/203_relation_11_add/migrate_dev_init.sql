-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "data" JSONB NOT NULL,
    "name" TEXT,
    "amount" DECIMAL(10,2),

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
