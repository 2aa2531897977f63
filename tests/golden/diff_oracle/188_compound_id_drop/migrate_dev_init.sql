-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL,
    "note" TEXT,
    "data" JSONB,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id","slug")
);
