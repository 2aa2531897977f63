-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA "public";

-- AlterTable
ALTER TABLE "T" ADD COLUMN     "name" CITEXT NOT NULL;

