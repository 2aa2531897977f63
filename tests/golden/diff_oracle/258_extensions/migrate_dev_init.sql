-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore" WITH VERSION "1.7";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH VERSION "1.3";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
