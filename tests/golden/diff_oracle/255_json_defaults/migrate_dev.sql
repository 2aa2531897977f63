-- AlterTable
ALTER TABLE "Doc" ALTER COLUMN "j" SET DEFAULT '{"a":1,"b":[2,1]}',
ALTER COLUMN "k" SET DEFAULT '{}';
