-- AlterTable
ALTER TABLE "Team" RENAME CONSTRAINT "Team_pkey" TO "team_org_slug_pk";

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "teamOrg" INTEGER NOT NULL,
ADD COLUMN     "teamSlug" TEXT NOT NULL;

-- CreateIndex
CREATE INDEX "member_team_idx" ON "Member"("teamOrg", "teamSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Member_id_teamOrg_key" ON "Member"("id", "teamOrg");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_teamOrg_teamSlug_fkey" FOREIGN KEY ("teamOrg", "teamSlug") REFERENCES "Team"("org", "slug") ON DELETE RESTRICT ON UPDATE CASCADE;

