-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "due" TIMESTAMP(3) DEFAULT (now() + '7 days'::interval),
ALTER COLUMN "wait" SET DEFAULT '2 days'::interval,
ALTER COLUMN "born" SET DEFAULT '2021-06-01 00:00:00'::timestamp without time zone;

