-- DropForeignKey
ALTER TABLE "Member" DROP CONSTRAINT "fk_member_team";

-- AlterTable
ALTER TABLE "Member" ALTER COLUMN "email" SET DATA TYPE TEXT,
ALTER COLUMN "joined" SET DATA TYPE TIMESTAMP(3);
ALTER TABLE "Member" RENAME CONSTRAINT "pk_member" TO "Member_pkey";

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- RenameIndex
ALTER INDEX "idx_member_team" RENAME TO "Member_teamId_idx";

-- RenameIndex
ALTER INDEX "uq_member_email" RENAME TO "Member_email_key";

