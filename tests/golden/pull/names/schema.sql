-- Names Prisma has to change: a scalar type's name, a column starting with a digit, two tables
-- whose identifiers collide, a keyword, enum values with nothing or nothing valid in them.
CREATE TYPE "status" AS ENUM ('1', 'a b', '');
CREATE TABLE "String" (
    "id" INTEGER NOT NULL,
    "1st" TEXT,
    "st" "status",
    CONSTRAINT "String_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "a-b" (
    "id" INTEGER NOT NULL,
    CONSTRAINT "a-b_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "a_b" (
    "id" INTEGER NOT NULL,
    CONSTRAINT "a_b_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "model" (
    "id" INTEGER NOT NULL,
    CONSTRAINT "model_pkey" PRIMARY KEY ("id")
);
