-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'OWNER');

-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "small" SMALLINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code" VARCHAR(32) NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "data" JSONB NOT NULL,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);
