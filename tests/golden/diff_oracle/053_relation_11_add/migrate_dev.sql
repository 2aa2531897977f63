/*
  Warnings:

  - A unique constraint covering the columns `[ownerId]` on the table `Tag` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `ownerId` to the `Tag` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "ownerId" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_ownerId_key" ON "Tag"("ownerId");

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
