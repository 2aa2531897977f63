-- CreateTable
CREATE TABLE "order" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "labels" TEXT[],
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);
