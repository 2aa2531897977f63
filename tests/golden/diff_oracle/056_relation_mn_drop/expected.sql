-- DropForeignKey
ALTER TABLE "_CommentToProfile" DROP CONSTRAINT "_CommentToProfile_A_fkey";

-- DropForeignKey
ALTER TABLE "_CommentToProfile" DROP CONSTRAINT "_CommentToProfile_B_fkey";

-- DropTable
DROP TABLE "_CommentToProfile";

