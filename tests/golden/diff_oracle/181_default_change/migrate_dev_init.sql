-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "labels" TEXT[],
    "state" TEXT NOT NULL DEFAULT 'new',

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "note" TEXT,
    "total" BIGINT NOT NULL,
    "data" JSONB NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
