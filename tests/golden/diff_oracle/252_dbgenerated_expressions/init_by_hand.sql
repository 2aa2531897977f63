-- Written by hand: a default for the column whose schema default is dbgenerated().
ALTER TABLE "Job" ALTER COLUMN "g" SET DEFAULT 7;
