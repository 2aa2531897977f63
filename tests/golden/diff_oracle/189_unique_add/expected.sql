-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "email" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");

