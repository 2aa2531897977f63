-- DropForeignKey
ALTER TABLE "_ItemToProfile" DROP CONSTRAINT "_ItemToProfile_A_fkey";

-- DropForeignKey
ALTER TABLE "_ItemToProfile" DROP CONSTRAINT "_ItemToProfile_B_fkey";

-- DropTable
DROP TABLE "_ItemToProfile";

