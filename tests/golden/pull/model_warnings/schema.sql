-- Prisma's warnings above a model for what its migrations do not keep, alone and together, in
-- Prisma's order: a partitioned table with a partition, check constraints, an exclusion
-- constraint, no unique identifier, comments, a deferrable foreign key, an expression index.
CREATE TABLE "measurement" (
    "id" INTEGER NOT NULL,
    "taken_on" DATE NOT NULL,
    "value" INTEGER CHECK ("value" >= 0),
    CONSTRAINT "measurement_pkey" PRIMARY KEY ("id", "taken_on")
) PARTITION BY RANGE ("taken_on");
CREATE TABLE "measurement_2024" PARTITION OF "measurement" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE "room" (
    "id" SERIAL NOT NULL,
    CONSTRAINT "room_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "booking" (
    "id" SERIAL NOT NULL,
    "room_id" INTEGER NOT NULL,
    "during" TSRANGE NOT NULL,
    CONSTRAINT "booking_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "booking_during_excl" EXCLUDE USING gist ("during" WITH &&)
);
ALTER TABLE "booking" ADD CONSTRAINT "booking_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "room"("id")
    ON DELETE RESTRICT ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE "everything" (
    "code" TEXT,
    "amount" INTEGER CHECK ("amount" > 0),
    "during" TSRANGE,
    "room_id" INTEGER REFERENCES "room"("id") DEFERRABLE,
    EXCLUDE USING gist ("during" WITH &&)
);
CREATE INDEX "everything_lower_code" ON "everything" (lower("code"));
COMMENT ON COLUMN "everything"."code" IS 'a code';
