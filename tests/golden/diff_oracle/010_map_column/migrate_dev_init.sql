-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "name" TEXT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "total" BIGINT NOT NULL,
    "price" DECIMAL(65,30),
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
