-- RenameForeignKey
ALTER TABLE "Profile" RENAME CONSTRAINT "Profile_ownerId_fkey" TO "fk_owner";
