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
    "ownerId" INTEGER,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;
