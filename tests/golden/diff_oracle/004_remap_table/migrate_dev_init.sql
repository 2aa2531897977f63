-- CreateTable
CREATE TABLE "user" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "data" JSONB,
    "total" BIGINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);
