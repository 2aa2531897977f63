-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "labels" TEXT[],
    "name" TEXT NOT NULL,
    "data" JSONB,
    "ref" TEXT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "note" TEXT,
    "price" DECIMAL(65,30),
    "small" SMALLINT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
