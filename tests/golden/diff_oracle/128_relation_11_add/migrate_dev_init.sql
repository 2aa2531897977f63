-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "count" INTEGER,
    "active" BOOLEAN NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
