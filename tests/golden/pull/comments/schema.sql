-- Comments (COMMENT ON) on a table, a column, an enum and a view, and the order of Prisma's
-- warnings above a model that has several: check constraints, no unique identifier, comments,
-- an expression index.
CREATE TYPE "role" AS ENUM ('admin', 'member');
COMMENT ON TYPE "role" IS 'who may do what';
CREATE TYPE "plain" AS ENUM ('a', 'b');

CREATE TABLE "account" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "role" "role" NOT NULL DEFAULT 'member',
    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "account" IS 'people who sign in';

CREATE TABLE "post" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "plain",
    CONSTRAINT "post_pkey" PRIMARY KEY ("id")
);
COMMENT ON COLUMN "post"."title" IS 'shown in lists';

CREATE TABLE "loose" (
    "code" TEXT,
    "amount" INTEGER CHECK ("amount" > 0)
);
CREATE INDEX "loose_lower_code" ON "loose" (lower("code"));
COMMENT ON TABLE "loose" IS 'no key at all';

CREATE TABLE "quiet" (
    "id" SERIAL NOT NULL,
    "name" TEXT,
    CONSTRAINT "quiet_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "quiet_name_idx" ON "quiet" ("name");
COMMENT ON INDEX "quiet_name_idx" IS 'a comment on an index';

CREATE VIEW "account_emails" AS SELECT "email" FROM "account";
COMMENT ON VIEW "account_emails" IS 'a view';
