-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "name" TEXT NOT NULL,
    "code2" VARCHAR(20) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "amount" DECIMAL(10,2),

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
