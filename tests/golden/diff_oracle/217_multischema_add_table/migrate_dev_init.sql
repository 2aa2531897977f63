-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "count" INTEGER NOT NULL,
    "data" JSONB,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
