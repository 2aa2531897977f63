-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT NOT NULL,
    "count" INTEGER,
    "blob" BYTEA NOT NULL,
    "code2" VARCHAR(20) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);
