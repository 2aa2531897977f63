-- Enums and tables of the same name in two schemas, and two table names whose identifiers collide.
CREATE SCHEMA "billing";
CREATE TYPE "public"."Status" AS ENUM ('on', 'off');
CREATE TYPE "billing"."Status" AS ENUM ('paid', 'due');
CREATE TABLE "public"."Item" (
    "id" SERIAL NOT NULL,
    "status" "public"."Status" NOT NULL,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "billing"."Item" (
    "id" SERIAL NOT NULL,
    "status" "billing"."Status" NOT NULL,
    "publicId" INTEGER,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "billing"."Item" ADD CONSTRAINT "Item_publicId_fkey" FOREIGN KEY ("publicId") REFERENCES "public"."Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE TABLE "public"."line-item" (
    "id" SERIAL NOT NULL,
    CONSTRAINT "line-item_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "public"."line_item" (
    "id" SERIAL NOT NULL,
    CONSTRAINT "line_item_pkey" PRIMARY KEY ("id")
);
