/*
  Warnings:

  - A unique constraint covering the columns `[id,teamOrg]` on the table `Member` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `teamOrg` to the `Member` table without a default value. This is not possible if the table is not empty.
  - Added the required column `teamSlug` to the `Member` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "teamOrg" INTEGER NOT NULL,
ADD COLUMN     "teamSlug" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Team" RENAME CONSTRAINT "Team_pkey" TO "team_org_slug_pk";

-- CreateIndex
CREATE INDEX "member_team_idx" ON "Member"("teamOrg", "teamSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Member_id_teamOrg_key" ON "Member"("id", "teamOrg");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_teamOrg_teamSlug_fkey" FOREIGN KEY ("teamOrg", "teamSlug") REFERENCES "Team"("org", "slug") ON DELETE RESTRICT ON UPDATE CASCADE;
