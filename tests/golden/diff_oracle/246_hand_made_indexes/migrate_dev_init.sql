-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "price" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- Written by hand: indexes the schema cannot say (partial, on an expression), indexes it can
-- say but does not (plain, INCLUDE, NULLS NOT DISTINCT, NULLS LAST, a collation), a check
-- constraint, a view and a trigger.
ALTER TABLE "Item" ADD CONSTRAINT "price_positive" CHECK (price > 0);
CREATE INDEX "Item_name_partial" ON "Item"(name) WHERE price > 100;
CREATE UNIQUE INDEX "Item_price_partial_key" ON "Item"(price) WHERE price > 10;
CREATE INDEX "Item_lower_name" ON "Item"(lower(name));
CREATE INDEX "Item_price_idx" ON "Item"(price);
CREATE INDEX "Item_price_incl" ON "Item"(price) INCLUDE (name);
CREATE UNIQUE INDEX "Item_name_nnd" ON "Item"(name) NULLS NOT DISTINCT;
CREATE INDEX "Item_price_nulls" ON "Item"(price DESC NULLS LAST);
CREATE INDEX "Item_name_coll" ON "Item"(name COLLATE "C");
CREATE VIEW "ItemView" AS SELECT id, name FROM "Item";
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := trim(NEW.name); RETURN NEW; END $$;
CREATE TRIGGER "Item_touch" BEFORE INSERT ON "Item" FOR EACH ROW EXECUTE FUNCTION touch();
