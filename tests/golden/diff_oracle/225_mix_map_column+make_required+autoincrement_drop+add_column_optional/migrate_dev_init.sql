-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "note" TEXT,
    "title" TEXT NOT NULL,
    "nick" TEXT,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "price" DECIMAL(65,30) NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "data" JSONB,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(10,2),
    "createdAt" TIMESTAMP(3),
    "blob" BYTEA NOT NULL,
    "seenAt" TIMESTAMPTZ(3),

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
