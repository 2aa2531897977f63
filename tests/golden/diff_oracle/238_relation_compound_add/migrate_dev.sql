-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "pa" TEXT,
ADD COLUMN     "pb" INTEGER;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_pa_pb_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "Account"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;
