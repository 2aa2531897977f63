// The planner's warnings checked against counted rows, as `dev db migrate` asks the database.
#include "diff/data_loss.hpp"

#include <gtest/gtest.h>

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

using Q = db::DataQuestion::Kind;

TEST(DataLoss, AsksOneQuestionPerWarningThatDependsOnData) {
  const model::Schema before = lower_text(
      "model T {\n  id Int @id\n  body String?\n  c BigInt\n  n String?\n  u String\n}\nmodel Gone {\n  id Int @id\n}\n");
  const model::Schema after = lower_text(
      "model T {\n  id Int @id\n  c Int\n  n String\n  u String @unique\n  slug String\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  const std::vector<db::DataQuestion> questions = data_questions(plan, "app");
  std::vector<std::string> asked;
  for (const db::DataQuestion& q : questions) {
    std::string columns;
    for (const std::string& c : q.columns) columns += "," + c;
    asked.push_back(std::to_string(static_cast<int>(q.kind)) + " " + q.schema + "." + q.table + columns);
  }
  EXPECT_EQ(asked, (std::vector<std::string>{
                       std::to_string(static_cast<int>(Q::kNonNullValues)) + " app.T,body",
                       std::to_string(static_cast<int>(Q::kNonNullValues)) + " app.T,c",
                       std::to_string(static_cast<int>(Q::kRows)) + " app.Gone",
                       std::to_string(static_cast<int>(Q::kRows)) + " app.T",
                       std::to_string(static_cast<int>(Q::kDuplicateGroups)) + " app.T,u",
                       std::to_string(static_cast<int>(Q::kRows)) + " app.T",
                       std::to_string(static_cast<int>(Q::kNullValues)) + " app.T,n",
                   }));
}

TEST(DataLoss, CountsDecideWhichWarningsRemainInPrismasCountedWords) {
  const model::Schema before = lower_text(
      "model T {\n  id Int @id\n  body String?\n  c BigInt\n  n String?\n  u String\n}\nmodel Gone {\n  id Int @id\n}\n");
  const model::Schema after = lower_text(
      "model T {\n  id Int @id\n  c Int\n  n String\n  u String @unique\n  slug String\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  // body: 2 values; c: 0 values; Gone: 5 rows; T: 3 rows, 1 duplicate group; T: 3 rows; n: 4 NULLs.
  const DataLoss loss = evaluate_data_loss(plan, {2, 0, 5, 3, 1, 3, 4});
  EXPECT_EQ(loss.warnings,
            (std::vector<std::string>{
                "You are about to drop the column `body` on the `T` table, which still contains 2 non-null values.",
                "You are about to drop the `Gone` table, which is not empty (5 rows).",
            }));
  EXPECT_EQ(loss.unexecutable,
            (std::vector<std::string>{
                "A unique constraint covering the columns `[u]` on the table `T` will be added, but 1 value(s) occur "
                "more than once: this step would fail.",
                "Added the required column `slug` to the `T` table without a default value. There are 3 rows in this "
                "table, it is not possible to execute this step.",
                "Made the column `n` on table `T` required, but there are 4 existing NULL values.",
            }));
}

TEST(DataLoss, EmptyTablesRaiseNothing) {
  const model::Schema before = lower_text("model T {\n  id Int @id\n  body String?\n}\n");
  const model::Schema after = lower_text("model T {\n  id Int @id\n  slug String\n}\n");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  EXPECT_TRUE(evaluate_data_loss(plan, {0, 0}).empty());
  EXPECT_FALSE(evaluate_data_loss(plan, {1, 0}).empty());
}

}  // namespace
}  // namespace qdb::diff
