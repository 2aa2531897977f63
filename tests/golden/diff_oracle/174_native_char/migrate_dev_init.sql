-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "active" BOOLEAN NOT NULL,
    "small" SMALLINT NOT NULL,
    "ref" CHAR(4) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
