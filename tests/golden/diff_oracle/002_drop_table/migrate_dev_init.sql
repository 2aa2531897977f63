-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3),
    "blob" BYTEA NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);
