-- DropIndex
DROP INDEX "Comment_a_b_idx";
