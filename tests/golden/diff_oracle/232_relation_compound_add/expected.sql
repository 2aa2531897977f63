-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "pa" TEXT NOT NULL,
ADD COLUMN     "pb" INTEGER NOT NULL;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_pa_pb_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "Comment"("ka", "kb") ON DELETE CASCADE ON UPDATE CASCADE;

