-- DropTable
DROP TABLE "order";

-- CreateTable
CREATE TABLE "order_v2" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "labels" TEXT[],
    "amount" DECIMAL(10,2) NOT NULL,

    CONSTRAINT "order_v2_pkey" PRIMARY KEY ("id")
);

