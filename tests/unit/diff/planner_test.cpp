// The planner's order, marks and warnings, on models built in code and from schema text.
#include "diff/planner.hpp"

#include <gtest/gtest.h>

#include "diff/render_sql.hpp"
#include "prisma/load.hpp"
#include "prisma/lower.hpp"

namespace qdb::diff {
namespace {

model::Schema lower_text(const std::string& text) {
  prisma::LoadResult loaded = prisma::load_schema(
      {{"schema.prisma", "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n" + text}});
  EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  return prisma::lower(loaded.schema);
}

std::vector<std::string> messages(const Plan& plan) {
  std::vector<std::string> out;
  for (const Warning& warning : plan.warnings) out.push_back((warning.unexecutable ? "! " : "") + warning.message);
  return out;
}

TEST(Planner, WarningsAreInPrismasWordsDataLossFirst) {
  const model::Schema before = lower_text(
      "model T {\n  id Int @id\n  a Int\n  b String\n  c BigInt\n  d String?\n  e String @unique\n  f String\n}\n"
      "model Gone {\n  id Int @id\n}\n");
  const model::Schema after = lower_text(
      "model T {\n  id Int @id\n  a String\n  b Int\n  c Int\n  d String\n  e String @unique @map(\"ee\")\n"
      "  g Int\n  h Int?\n  @@unique([f])\n  f String\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  EXPECT_EQ(messages(plan),
            (std::vector<std::string>{
                "You are about to drop the column `e` on the `T` table. All the data in the column will be lost.",
                "You are about to alter the column `c` on the `T` table. The data in that column could be lost. The "
                "data in that column will be cast from `BigInt` to `Integer`.",
                "You are about to drop the `Gone` table. If the table is not empty, all the data it contains will be "
                "lost.",
                "A unique constraint covering the columns `[ee]` on the table `T` will be added. If there are "
                "existing duplicate values, this will fail.",
                "A unique constraint covering the columns `[f]` on the table `T` will be added. If there are existing "
                "duplicate values, this will fail.",
                "! Added the required column `ee` to the `T` table without a default value. This is not possible if "
                "the table is not empty.",
                "! Added the required column `g` to the `T` table without a default value. This is not possible if "
                "the table is not empty.",
                "! Changed the type of `b` on the `T` table. No cast exists, the column would be dropped and "
                "recreated, which cannot be done if there is data, since the column is required.",
                "! Made the column `d` on table `T` required. This step will fail if there are existing NULL values "
                "in that column.",
            }));
  const std::string block = render_warnings(plan);
  EXPECT_EQ(block.substr(0, 20), "/*\n  Warnings:\n\n  - ");
  EXPECT_EQ(block.substr(block.size() - 4), "\n*/\n");
}

TEST(Planner, MarksDestructiveStepsAndTheEnumRebuildsOwnTransaction) {
  const model::Schema before =
      lower_text("enum E {\n  A\n  B\n}\nmodel T {\n  id Int @id\n  e E\n  x Int\n}\nmodel U {\n  id Int @id\n}\n");
  const model::Schema after = lower_text("enum E {\n  A\n}\nmodel T {\n  id Int @id\n  e E\n  y Int?\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  ASSERT_EQ(plan.steps.size(), 3u);
  EXPECT_EQ(plan.steps[0].change.kind, Change::Kind::kAlterEnum);
  EXPECT_TRUE(plan.steps[0].destructive);
  EXPECT_TRUE(plan.steps[0].own_transaction);
  EXPECT_EQ(plan.steps[1].change.kind, Change::Kind::kAlterTable);
  EXPECT_TRUE(plan.steps[1].destructive);
  EXPECT_FALSE(plan.steps[1].own_transaction);
  EXPECT_EQ(plan.steps[2].change.kind, Change::Kind::kDropTable);
  EXPECT_TRUE(plan.steps[2].destructive);
}

TEST(Planner, AddingAColumnOrIndexIsNotDestructive) {
  const model::Schema before = lower_text("model T {\n  id Int @id\n  a Int\n}\n");
  const model::Schema after = lower_text("model T {\n  id Int @id\n  a Int\n  b Int?\n  @@index([a])\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  ASSERT_EQ(plan.steps.size(), 2u);
  EXPECT_FALSE(plan.steps[0].destructive);
  EXPECT_FALSE(plan.steps[1].destructive);
  EXPECT_TRUE(plan.warnings.empty());
}

// Objects only an inspected database has are never dropped or altered: the differ does not look
// at them, nor at CHECK constraints.
TEST(Planner, ObjectsAndChecksOfTheSourceAreNeverTouched) {
  model::Schema before = lower_text("model T {\n  id Int @id\n}\n");
  before.objects.push_back({model::DatabaseObject::Kind::kView, "", "v", "", "SELECT 1"});
  before.objects.push_back({model::DatabaseObject::Kind::kFunction, "", "f", "", "CREATE FUNCTION f() ..."});
  before.tables[0].checks.push_back({"T_id_check", "CHECK ((id > 0))"});
  const model::Schema after = lower_text("model T {\n  id Int @id\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  EXPECT_TRUE(plan.empty());
  EXPECT_EQ(render_script(plan), "-- This is an empty migration.\n");
}

// A table the same on both sides has no steps; the differ skips comparing its parts, except
// where a foreign key names a column the table lacks (only a hand-made model has one): such a
// key matches nothing, as it did before the shortcut, and is dropped and added again.
TEST(Planner, AnUnchangedTableHasNoStepsUnlessAKeyNamesAMissingColumn) {
  model::Schema schema = lower_text(
      "model A {\n  id Int @id\n  b B @relation(fields: [bId], references: [id])\n  bId Int\n}\n"
      "model B {\n  id Int @id\n  a A[]\n}\n");
  EXPECT_TRUE(plan_migration(Side{&schema}, Side{&schema}).empty());
  schema.tables[0].foreign_keys[0].columns = {"missing"};
  const Plan plan = plan_migration(Side{&schema}, Side{&schema});
  std::vector<Change::Kind> kinds;
  for (const Step& step : plan.steps) kinds.push_back(step.change.kind);
  EXPECT_EQ(kinds, (std::vector<Change::Kind>{Change::Kind::kDropForeignKey, Change::Kind::kAddForeignKey}));
}

TEST(Planner, IndexesOfNewTablesComeBeforeThoseOfExistingTables) {
  const model::Schema before = lower_text("model A {\n  id Int @id\n  x Int\n}\n");
  const model::Schema after =
      lower_text("model A {\n  id Int @id\n  x Int @unique\n}\nmodel B {\n  id Int @id\n  y Int @unique\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  EXPECT_EQ(render_script(plan),
            "-- CreateTable\n"
            "CREATE TABLE \"B\" (\n    \"id\" INTEGER NOT NULL,\n    \"y\" INTEGER NOT NULL,\n\n"
            "    CONSTRAINT \"B_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
            "-- CreateIndex\n"
            "CREATE UNIQUE INDEX \"B_y_key\" ON \"B\"(\"y\");\n\n"
            "-- CreateIndex\n"
            "CREATE UNIQUE INDEX \"A_x_key\" ON \"A\"(\"x\");\n");
}

// Prisma drops and adds a table's columns in the byte order of their names (capitals first),
// whatever their order in the model, and alters the kept ones in the old table's order.
TEST(Planner, ColumnsAreDroppedAndAddedInTheByteOrderOfTheirNames) {
  const model::Schema before = lower_text(
      "model T {\n  id Int @id\n  zeta String\n  alpha Int?\n  Middle Boolean\n  note String?\n  Zed Float\n"
      "  kept Int\n}\n");
  const model::Schema after = lower_text(
      "model T {\n  id Int @id\n  note String @db.VarChar(40)\n  kept BigInt\n  beta String?\n"
      "  Aardvark Int @default(0)\n  Middle String\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  EXPECT_EQ(render_script(plan),
            "-- AlterTable\n"
            "ALTER TABLE \"T\" DROP COLUMN \"Zed\",\n"
            "DROP COLUMN \"alpha\",\n"
            "DROP COLUMN \"zeta\",\n"
            "ADD COLUMN     \"Aardvark\" INTEGER NOT NULL DEFAULT 0,\n"
            "ADD COLUMN     \"beta\" TEXT,\n"
            "ALTER COLUMN \"Middle\" SET DATA TYPE TEXT,\n"
            "ALTER COLUMN \"note\" SET NOT NULL,\n"
            "ALTER COLUMN \"note\" SET DATA TYPE VARCHAR(40),\n"
            "ALTER COLUMN \"kept\" SET DATA TYPE BIGINT;\n");
  EXPECT_EQ(messages(plan)[0],
            "You are about to drop the column `Zed` on the `T` table. All the data in the column will be lost.");
}

TEST(Planner, FromEmptyCreatesTheDefaultSchemaOnlyWhenAsked) {
  const model::Schema schema = lower_text("model T {\n  id Int @id\n}\n");
  const std::string table =
      "-- CreateTable\nCREATE TABLE \"T\" (\n    \"id\" INTEGER NOT NULL,\n\n    CONSTRAINT \"T_pkey\" PRIMARY KEY "
      "(\"id\")\n);\n\n";
  EXPECT_EQ(render_from_empty(schema), "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"public\";\n\n" + table);
  EXPECT_EQ(render_from_empty(schema, false), table);
  EXPECT_EQ(render_from_empty(schema, true, "app"), "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"app\";\n\n" + table);
}

}  // namespace
}  // namespace qdb::diff
