-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32),
    "data" JSONB,
    "price" DECIMAL(65,30) NOT NULL,
    "ref" CHAR(4) NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
