-- Prisma's warnings about row level security, a table's children by inheritance and deferrable
-- primary keys and unique constraints (FORCE alone, without ENABLE, has none).
CREATE TABLE "Doc" (
  "id" INTEGER PRIMARY KEY,
  "owner" TEXT NOT NULL
);
ALTER TABLE "Doc" ENABLE ROW LEVEL SECURITY;
CREATE TABLE "Forced" (
  "id" INTEGER PRIMARY KEY
);
ALTER TABLE "Forced" FORCE ROW LEVEL SECURITY;
CREATE TABLE "Slot" (
  "id" INTEGER PRIMARY KEY,
  "code" TEXT NOT NULL,
  CONSTRAINT "Slot_code_key" UNIQUE ("code") DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE "Pk" (
  "id" INTEGER,
  CONSTRAINT "Pk_pkey" PRIMARY KEY ("id") DEFERRABLE
);
CREATE TABLE "Base" (
  "id" INTEGER PRIMARY KEY,
  "name" TEXT NOT NULL CHECK (length("name") > 0)
);
ALTER TABLE "Base" ENABLE ROW LEVEL SECURITY;
CREATE TABLE "Child" (
  "extra" TEXT
) INHERITS ("Base");
CREATE TABLE "Grandchild" (
  "more" TEXT,
  CONSTRAINT "Grandchild_pkey" PRIMARY KEY ("id")
) INHERITS ("Child");
