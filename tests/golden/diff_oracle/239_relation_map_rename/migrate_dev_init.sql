-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "small" SMALLINT NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "data" JSONB,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
