-- DropExtension
DROP EXTENSION "hstore";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore" WITH VERSION "1.8";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA "public";

-- AlterTable
ALTER TABLE "T" ADD COLUMN     "name" CITEXT NOT NULL;

