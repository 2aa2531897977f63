-- CreateTable
CREATE TABLE "Doc" (
    "id" INTEGER NOT NULL,
    "j" JSONB NOT NULL DEFAULT '{"a":1,"b":[1,2]}',
    "k" JSONB DEFAULT '[]',
    "l" JSONB NOT NULL DEFAULT '{"z": 1, "a": 2}',
    "m" JSON NOT NULL DEFAULT '{"a":1}',

    CONSTRAINT "Doc_pkey" PRIMARY KEY ("id")
);
