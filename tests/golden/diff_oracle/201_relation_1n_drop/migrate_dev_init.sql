-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "ownerId" INTEGER,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
