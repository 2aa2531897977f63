-- Relations over composite keys and unique columns, one-to-one relations, every referential
-- action, and defaults that are functions of the server.
CREATE TABLE "Account" (
    "org" INTEGER NOT NULL,
    "num" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "token" UUID NOT NULL DEFAULT gen_random_uuid(),
    "opened" DATE NOT NULL DEFAULT CURRENT_DATE,
    "stamp" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "Account_pkey" PRIMARY KEY ("org", "num")
);
CREATE UNIQUE INDEX "Account_code_key" ON "Account"("code");
CREATE TABLE "Entry" (
    "id" BIGSERIAL NOT NULL,
    "org" INTEGER NOT NULL,
    "num" INTEGER NOT NULL,
    "accountCode" TEXT,
    "profileId" INTEGER,
    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL,
    "nextId" INTEGER,
    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Entry_profileId_key" ON "Entry"("profileId");
CREATE UNIQUE INDEX "Profile_nextId_key" ON "Profile"("nextId");
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_org_num_fkey" FOREIGN KEY ("org", "num") REFERENCES "Account"("org", "num") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_accountCode_fkey" FOREIGN KEY ("accountCode") REFERENCES "Account"("code") ON DELETE SET DEFAULT ON UPDATE RESTRICT;
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_nextId_fkey" FOREIGN KEY ("nextId") REFERENCES "Profile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
