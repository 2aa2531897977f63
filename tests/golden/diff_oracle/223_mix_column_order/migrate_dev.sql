/*
  Warnings:

  - You are about to drop the column `Zed` on the `Ledger` table. All the data in the column will be lost.
  - You are about to drop the column `alpha` on the `Ledger` table. All the data in the column will be lost.
  - You are about to drop the column `zeta` on the `Ledger` table. All the data in the column will be lost.
  - You are about to alter the column `note` on the `Ledger` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(40)`.
  - Made the column `note` on table `Ledger` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "Ledger" DROP COLUMN "Zed",
DROP COLUMN "alpha",
DROP COLUMN "zeta",
ADD COLUMN     "Aardvark" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "beta" TEXT,
ADD COLUMN     "under_sc" BOOLEAN,
ADD COLUMN     "yearly" DECIMAL(65,30),
ALTER COLUMN "Middle" SET DATA TYPE TEXT,
ALTER COLUMN "note" SET NOT NULL,
ALTER COLUMN "note" SET DATA TYPE VARCHAR(40),
ALTER COLUMN "kept" SET DATA TYPE BIGINT;
