#include "model/canonical.hpp"

#include <gtest/gtest.h>

namespace qdb::model {
namespace {

Column column(const std::string& name, const std::optional<std::string>& default_sql = std::nullopt) {
  Column out;
  out.name = name;
  out.type = "TEXT";
  out.default_sql = default_sql;
  return out;
}

Index index(const std::string& name, const std::string& column, const std::string& sort) {
  Index out;
  out.name = name;
  out.columns.emplace_back();
  out.columns.back().name = column;
  out.columns.back().sort = sort;
  return out;
}

TEST(Canonical, OrdersWhatHasNoMeaningfulOrderAndKeepsTheRest) {
  Schema a;
  a.enums = {{"", "B", {"y", "x"}}, {"", "A", {}}};
  Table t;
  t.name = "T";
  t.columns = {column("b", "now()"), column("a", "'x'")};
  t.indexes = {index("T_b_idx", "b", "ASC"), index("T_a_idx", "a", "DESC")};
  t.foreign_keys.resize(2);
  t.foreign_keys[0].name = "T_z_fkey";
  t.foreign_keys[1].name = "T_a_fkey";
  Table s;
  s.name = "S";
  a.tables = {t, s};
  Schema c = canonical(a);
  EXPECT_EQ(c.enums[0].name, "A");
  EXPECT_EQ(c.enums[1].values, (std::vector<std::string>{"y", "x"}));
  ASSERT_EQ(c.tables.size(), 2u);
  EXPECT_EQ(c.tables[0].name, "S");
  const Table& ct = c.tables[1];
  EXPECT_EQ(ct.columns[0].name, "b");
  EXPECT_EQ(ct.columns[0].default_sql.value_or("-"), "CURRENT_TIMESTAMP");
  EXPECT_EQ(ct.columns[1].default_sql.value_or("-"), "'x'");
  EXPECT_EQ(ct.indexes[0].name, "T_a_idx");
  EXPECT_EQ(ct.indexes[0].columns[0].sort, "DESC");
  EXPECT_EQ(ct.indexes[1].columns[0].sort, "");
  EXPECT_EQ(ct.foreign_keys[0].name, "T_a_fkey");
}

}  // namespace
}  // namespace qdb::model
