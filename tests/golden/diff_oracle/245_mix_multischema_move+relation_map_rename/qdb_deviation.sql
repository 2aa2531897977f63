-- DropForeignKey
ALTER TABLE "Tag" DROP CONSTRAINT "Tag_ownerId_fkey";

-- DropTable
DROP TABLE "Comment";

-- CreateTable
CREATE TABLE "billing"."Comment" (
    "id" SERIAL NOT NULL,
    "cost" DECIMAL(8,2) NOT NULL,
    "b_col" INTEGER NOT NULL,
    "a" TEXT NOT NULL,
    "words" TEXT[],
    "addr" INET NOT NULL,
    "blob" BYTEA NOT NULL,
    "bits" VARBIT(16) NOT NULL,
    "doc" JSONB,
    "active" BOOLEAN NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_doc_idx" ON "billing"."Comment" USING GIN ("doc" jsonb_path_ops);

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "fk_owner" FOREIGN KEY ("ownerId") REFERENCES "billing"."Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

