#include "model/operator_class.hpp"

#include <gtest/gtest.h>

#include "model/canonical.hpp"

namespace qdb::model {
namespace {

// The classes pg_opclass marks opcdefault for each type and method (PostgreSQL 15).
TEST(OperatorClass, TheTypesDefaultClassIsNoClass) {
  EXPECT_TRUE(is_default_operator_class("TEXT", false, "", "text_ops"));
  EXPECT_TRUE(is_default_operator_class("VARCHAR(255)", false, "BTREE", "text_ops"));
  EXPECT_TRUE(is_default_operator_class("INTEGER", false, "HASH", "int4_ops"));
  EXPECT_TRUE(is_default_operator_class("JSONB", false, "GIN", "jsonb_ops"));
  EXPECT_TRUE(is_default_operator_class("TEXT[]", false, "GIN", "array_ops"));
  EXPECT_TRUE(is_default_operator_class("\"Role\"", true, "", "enum_ops"));
  EXPECT_TRUE(is_default_operator_class("INTEGER", false, "BRIN", "int4_minmax_ops"));
  EXPECT_TRUE(is_default_operator_class("TIMESTAMPTZ(6)", false, "BRIN", "timestamptz_minmax_ops"));
  EXPECT_TRUE(is_default_operator_class("INET", false, "BRIN", "inet_inclusion_ops"));
  EXPECT_TRUE(is_default_operator_class("INET", false, "SPGIST", "inet_ops"));
  EXPECT_TRUE(is_default_operator_class("TEXT", false, "SPGIST", "text_ops"));
}

TEST(OperatorClass, OtherClassesSaySomething) {
  EXPECT_FALSE(is_default_operator_class("TEXT", false, "", "text_pattern_ops"));
  EXPECT_FALSE(is_default_operator_class("VARCHAR(255)", false, "", "varchar_ops"));
  EXPECT_FALSE(is_default_operator_class("JSONB", false, "GIN", "jsonb_path_ops"));
  EXPECT_FALSE(is_default_operator_class("INTEGER", false, "BRIN", "int4_bloom_ops"));
  EXPECT_FALSE(is_default_operator_class("INTEGER", false, "BRIN", "int4_minmax_multi_ops"));
  EXPECT_FALSE(is_default_operator_class("INET", false, "GIST", "inet_ops"));  // GiST has no default for inet
  EXPECT_FALSE(is_default_operator_class("INET", false, "BRIN", "inet_minmax_ops"));
  EXPECT_FALSE(is_default_operator_class("INTEGER", false, "", "text_ops"));
  EXPECT_FALSE(is_default_operator_class("TEXT", false, "", ""));
  EXPECT_FALSE(is_default_operator_class("geometry", false, "", "geometry_ops"));
}

Table indexed(const std::string& type, const std::string& method, const std::string& ops) {
  Table table;
  table.name = "T";
  Column column;
  column.name = "c";
  column.type = type;
  table.columns = {column};
  Index index;
  index.name = "T_c_idx";
  index.method = method;
  index.columns = {IndexColumn{"c", "", std::nullopt, ops, "", ""}};
  table.indexes = {index};
  return table;
}

TEST(OperatorClass, CanonicalFormDropsTheDefaultClassAndKeepsOthers) {
  Schema schema;
  schema.tables = {indexed("JSONB", "GIN", "jsonb_ops")};
  EXPECT_EQ(canonical(schema).tables[0].indexes[0].columns[0].ops, "");
  schema.tables = {indexed("JSONB", "GIN", "jsonb_path_ops")};
  EXPECT_EQ(canonical(schema).tables[0].indexes[0].columns[0].ops, "jsonb_path_ops");
  const Table table = indexed("TEXT", "", "text_ops");
  EXPECT_EQ(effective_operator_class(table, table.indexes[0], table.indexes[0].columns[0]), "");
}

}  // namespace
}  // namespace qdb::model
