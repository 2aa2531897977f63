-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 5,
    "label" TEXT NOT NULL DEFAULT 'new',

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);
