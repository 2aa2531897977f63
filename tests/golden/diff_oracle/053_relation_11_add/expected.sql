-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "ownerId" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_ownerId_key" ON "Tag"("ownerId");

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

