-- Models and enums of a multiSchema datasource are ordered by schema, then name.
CREATE SCHEMA "audit";
CREATE TYPE "audit"."zkind" AS ENUM ('A');
CREATE TYPE "akind" AS ENUM ('B');
CREATE TABLE "audit"."zlog" (
    "id" INTEGER NOT NULL,
    "kind" "audit"."zkind" NOT NULL,
    CONSTRAINT "zlog_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "alpha" (
    "id" INTEGER NOT NULL,
    "kind" "akind",
    CONSTRAINT "alpha_pkey" PRIMARY KEY ("id")
);
