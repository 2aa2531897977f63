
-- Written by hand: a schema the datasource does not name, with a table, an enum and a view, and
-- a foreign key from it into the public schema.
CREATE SCHEMA "audit";
CREATE TYPE "audit"."kind" AS ENUM ('insert', 'delete');
CREATE TABLE "audit"."log" (
    "id" SERIAL PRIMARY KEY,
    "kind" "audit"."kind" NOT NULL,
    "postId" INTEGER REFERENCES "public"."Post"("id")
);
CREATE VIEW "audit"."recent" AS SELECT * FROM "audit"."log";
