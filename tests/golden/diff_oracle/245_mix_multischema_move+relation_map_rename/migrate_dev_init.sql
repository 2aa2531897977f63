-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN NOT NULL,
    "blob" BYTEA NOT NULL,
    "cost" DECIMAL(12,4) NOT NULL,
    "bits" BIT(8) NOT NULL,
    "addr" TEXT NOT NULL,
    "a" TEXT NOT NULL,
    "b" INTEGER NOT NULL,
    "doc" JSONB,
    "words" TEXT[],

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "labels" TEXT[],
    "ownerId" INTEGER,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
