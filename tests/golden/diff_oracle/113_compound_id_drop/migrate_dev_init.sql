-- CreateTable
CREATE TABLE "Invoice" (
    "id" INTEGER NOT NULL,
    "active" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" TEXT NOT NULL,
    "small" SMALLINT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id","slug")
);
