-- DropTable
DROP TABLE "User";

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

