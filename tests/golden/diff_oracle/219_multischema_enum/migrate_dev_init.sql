-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "title" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "small" SMALLINT,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
