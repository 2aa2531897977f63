-- Two schemas of a multiSchema datasource (datasource.prisma), a relation and an enum across them.
CREATE SCHEMA "auth";
CREATE TYPE "auth"."Level" AS ENUM ('LOW', 'HIGH');
CREATE TABLE "auth"."account" (
    "id" SERIAL NOT NULL,
    "level" "auth"."Level" NOT NULL DEFAULT 'LOW',
    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "profile" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    CONSTRAINT "profile_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "profile" ADD CONSTRAINT "profile_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "auth"."account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
