-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "pa" TEXT NOT NULL,
ADD COLUMN     "pb" INTEGER NOT NULL;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_pa_pb_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "Account"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

