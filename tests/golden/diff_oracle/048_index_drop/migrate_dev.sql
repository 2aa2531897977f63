-- DropIndex
DROP INDEX "Post_b_idx";
