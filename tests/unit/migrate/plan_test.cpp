#include "migrate/plan.hpp"

#include <gtest/gtest.h>

#include "support/fake_database.hpp"

namespace qdb::migrate {
namespace {

using test::applied_row;
using test::make_migration;

std::vector<std::string> names(const std::vector<const Migration*>& list) {
  std::vector<std::string> out;
  for (const auto* m : list) out.push_back(m->name);
  return out;
}

TEST(Plan, EmptyHistoryMakesEverythingPending) {
  std::vector<Migration> local = {make_migration("1_a", "a"), make_migration("2_b", "b")};
  Plan plan = make_plan(local, {});
  EXPECT_EQ(names(plan.pending), (std::vector<std::string>{"1_a", "2_b"}));
  EXPECT_FALSE(plan.up_to_date());
}

TEST(Plan, AppliedFailedRolledBackEditedMissingAndOutOfOrder) {
  std::vector<Migration> local = {make_migration("1_a", "a"), make_migration("2_b", "b"),
                                  make_migration("3_c", "c"), make_migration("4_d", "d"),
                                  make_migration("5_e", "e")};
  db::HistoryRow a = applied_row(local[0]);
  db::HistoryRow b_rolled_back = applied_row(local[1]);
  b_rolled_back.finished = false;
  b_rolled_back.rolled_back = true;
  db::HistoryRow c_failed = applied_row(local[2]);
  c_failed.finished = false;
  db::HistoryRow e_edited = applied_row(make_migration("5_e", "e, before an edit"));
  db::HistoryRow gone = applied_row(make_migration("6_gone", "x"));
  std::vector<db::HistoryRow> history = {a, b_rolled_back, c_failed, e_edited, gone};
  Plan plan = make_plan(local, history);
  EXPECT_EQ(names(plan.applied), (std::vector<std::string>{"1_a", "5_e"}));
  EXPECT_EQ(names(plan.pending), (std::vector<std::string>{"2_b", "4_d"}));
  ASSERT_EQ(plan.failed.size(), 1u);
  EXPECT_EQ(plan.failed[0]->migration_name, "3_c");
  ASSERT_EQ(plan.edited.size(), 1u);
  EXPECT_EQ(plan.edited[0].migration->name, "5_e");
  ASSERT_EQ(plan.missing.size(), 1u);
  EXPECT_EQ(plan.missing[0]->migration_name, "6_gone");
  EXPECT_EQ(names(plan.out_of_order), (std::vector<std::string>{"2_b", "4_d"}));
  EXPECT_TRUE(plan.drifted());
}

TEST(Plan, ReappliedAfterRollbackCountsAsApplied) {
  std::vector<Migration> local = {make_migration("1_a", "a")};
  db::HistoryRow old = applied_row(local[0]);
  old.finished = false;
  old.rolled_back = true;
  db::HistoryRow again = applied_row(local[0]);
  Plan plan = make_plan(local, {old, again});
  EXPECT_TRUE(plan.up_to_date());
  EXPECT_FALSE(plan.drifted());
}

TEST(Plan, CrlfOnlyDifferenceIsNotAnEdit) {
  std::vector<Migration> local = {make_migration("1_a", "SELECT 1;\r\nSELECT 2;\r\n")};
  db::HistoryRow row = applied_row(make_migration("1_a", "SELECT 1;\nSELECT 2;\n"));
  Plan plan = make_plan(local, {row});
  EXPECT_TRUE(plan.edited.empty());
}

}  // namespace
}  // namespace qdb::migrate
