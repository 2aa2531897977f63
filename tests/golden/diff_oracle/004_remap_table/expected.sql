-- DropTable
DROP TABLE "user";

-- CreateTable
CREATE TABLE "user_v2" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT,
    "data" JSONB,
    "total" BIGINT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "user_v2_pkey" PRIMARY KEY ("id")
);

