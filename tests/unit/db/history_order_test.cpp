#include <gtest/gtest.h>

#include "db/database.hpp"

namespace qdb::db {
namespace {

HistoryRow row(const std::string& name, bool finished, bool rolled_back = false) {
  HistoryRow r;
  r.migration_name = name;
  r.finished = finished;
  r.rolled_back = rolled_back;
  return r;
}

TEST(HistoryOrder, AppliedMigrationsOnceEachMeanTheSameInAnyOrder) {
  EXPECT_FALSE(history_order_matters({}));
  EXPECT_FALSE(history_order_matters({row("2_b", true), row("1_a", true), row("3_c", true)}));
}

TEST(HistoryOrder, AMigrationWithSeveralRowsNeedsTheOrder) {
  // A failed attempt rolled back, then applied: the latest applied row is the one that counts.
  EXPECT_TRUE(history_order_matters({row("1_a", true), row("1_a", false, true)}));
}

TEST(HistoryOrder, AFailedRowNeedsTheOrder) {
  EXPECT_TRUE(history_order_matters({row("1_a", true), row("2_b", false)}));
}

}  // namespace
}  // namespace qdb::db
