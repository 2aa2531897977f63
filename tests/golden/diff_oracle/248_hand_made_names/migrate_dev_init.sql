-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- Written by hand, as another tool makes tables: its own constraint names, a UNIQUE constraint,
-- now() and other spellings of defaults, types without Prisma's precision.
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "joined" TIMESTAMP NOT NULL DEFAULT now(),
    "active" BOOLEAN NOT NULL DEFAULT TRUE,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0.0,
    "teamId" INTEGER NOT NULL,
    CONSTRAINT "pk_member" PRIMARY KEY ("id"),
    CONSTRAINT "uq_member_email" UNIQUE ("email")
);
CREATE INDEX "idx_member_team" ON "Member"("teamId");
ALTER TABLE "Member" ADD CONSTRAINT "fk_member_team" FOREIGN KEY ("teamId") REFERENCES "Team"("id");
