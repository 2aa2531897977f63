-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "data" JSONB,
    "total" BIGINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
