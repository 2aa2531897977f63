-- CreateTable
CREATE TABLE "Ledger" (
    "id" SERIAL NOT NULL,
    "zeta" TEXT NOT NULL,
    "alpha" INTEGER,
    "Middle" BOOLEAN NOT NULL,
    "note" TEXT,
    "Zed" DOUBLE PRECISION NOT NULL,
    "kept" INTEGER NOT NULL,

    CONSTRAINT "Ledger_pkey" PRIMARY KEY ("id")
);
