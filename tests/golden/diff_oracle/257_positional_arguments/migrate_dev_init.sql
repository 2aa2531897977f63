-- CreateTable
CREATE TABLE "Team" (
    "org" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("org","slug")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);
