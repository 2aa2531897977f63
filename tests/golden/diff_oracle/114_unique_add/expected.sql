-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "email" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Team_email_key" ON "Team"("email" DESC);

