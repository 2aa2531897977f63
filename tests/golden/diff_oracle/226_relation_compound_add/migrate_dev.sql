/*
  Warnings:

  - Added the required column `pa` to the `Profile` table without a default value. This is not possible if the table is not empty.
  - Added the required column `pb` to the `Profile` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "pa" TEXT NOT NULL,
ADD COLUMN     "pb" INTEGER NOT NULL;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_pa_pb_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "Account"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
