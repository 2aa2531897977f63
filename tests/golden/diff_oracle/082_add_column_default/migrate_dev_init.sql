-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "labels" TEXT[],
    "count" INTEGER,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
