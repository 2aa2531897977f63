-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "labels" TEXT[],
    "total" BIGINT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
