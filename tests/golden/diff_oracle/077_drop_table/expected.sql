-- DropTable
DROP TABLE "Profile";

