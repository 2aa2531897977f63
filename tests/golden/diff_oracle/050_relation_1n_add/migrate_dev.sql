-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "ownerId" INTEGER;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
