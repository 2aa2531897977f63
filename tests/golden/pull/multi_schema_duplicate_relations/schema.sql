-- Relations between tables of the same name in two schemas: two foreign keys between them, a
-- self relation, and an implicit many-to-many join table.
CREATE SCHEMA "billing";
CREATE TABLE "public"."Item" (
    "id" SERIAL NOT NULL,
    "parentId" INTEGER,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "billing"."Item" (
    "id" SERIAL NOT NULL,
    "firstId" INTEGER,
    "secondId" INTEGER,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "public"."Tag" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "public"."_ItemToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ItemToTag_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE INDEX "_ItemToTag_B_index" ON "public"."_ItemToTag"("B");
ALTER TABLE "public"."_ItemToTag" ADD CONSTRAINT "_ItemToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "public"."Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "public"."_ItemToTag" ADD CONSTRAINT "_ItemToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "public"."Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "public"."Item" ADD CONSTRAINT "Item_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "public"."Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "billing"."Item" ADD CONSTRAINT "Item_firstId_fkey" FOREIGN KEY ("firstId") REFERENCES "public"."Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "billing"."Item" ADD CONSTRAINT "Item_secondId_fkey" FOREIGN KEY ("secondId") REFERENCES "public"."Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "public"."Tag" ADD CONSTRAINT "Tag_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "billing"."Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
