// Column types taken apart and Prisma's verdict on changing one into another.
#include "diff/column_type.hpp"

#include <gtest/gtest.h>

namespace qdb::diff {
namespace {

ColumnType type_of(const std::string& sql, const std::string& enum_name = "") {
  model::Column column;
  column.type = sql;
  column.enum_name = enum_name;
  return parse_column_type(column);
}

TEST(ColumnType, ParsesArgumentsListsAndEnums) {
  EXPECT_EQ(type_of("DECIMAL(12,2)"), (ColumnType{"DECIMAL", 12, 2, false, false}));
  EXPECT_EQ(type_of("VARCHAR(255)[]"), (ColumnType{"VARCHAR", 255, std::nullopt, true, false}));
  EXPECT_EQ(type_of("DOUBLE PRECISION"), (ColumnType{"DOUBLE PRECISION", std::nullopt, std::nullopt, false, false}));
  EXPECT_EQ(type_of("\"Role\"[]", "Role"), (ColumnType{"\"Role\"", std::nullopt, std::nullopt, true, true}));
}

TEST(ColumnType, ClassifiesAsPrismasCastTable) {
  struct Row {
    const char* from;
    const char* to;
    TypeChange want;
  };
  const Row rows[] = {
      {"INTEGER", "INTEGER", TypeChange::kNone},
      {"INTEGER", "BIGINT", TypeChange::kSafeCast},
      {"BIGINT", "INTEGER", TypeChange::kRiskyCast},
      {"INTEGER", "TEXT", TypeChange::kSafeCast},
      {"TEXT", "INTEGER", TypeChange::kNotCastable},
      {"VARCHAR(10)", "VARCHAR(5)", TypeChange::kRiskyCast},
      {"VARCHAR(5)", "VARCHAR(10)", TypeChange::kSafeCast},
      {"DECIMAL(10,2)", "DECIMAL(12,2)", TypeChange::kSafeCast},
      {"DECIMAL(12,2)", "DECIMAL(10,2)", TypeChange::kRiskyCast},
      {"TIMESTAMP(3)", "TIMESTAMPTZ(3)", TypeChange::kSafeCast},
      {"TIMESTAMP(3)", "TIMESTAMP", TypeChange::kNone},
      {"JSONB", "JSON", TypeChange::kSafeCast},
      {"TEXT", "TEXT[]", TypeChange::kNotCastable},
      {"TEXT[]", "TEXT", TypeChange::kSafeCast},
      {"INTEGER[]", "VARCHAR(3)", TypeChange::kRiskyCast},
      {"UUID", "TEXT", TypeChange::kSafeCast},
      {"BOOLEAN", "INTEGER", TypeChange::kNotCastable},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(classify_type_change(type_of(row.from), type_of(row.to)), row.want) << row.from << " -> " << row.to;
  }
  EXPECT_EQ(classify_type_change(type_of("\"A\"", "A"), type_of("\"A\"", "A")), TypeChange::kNone);
  EXPECT_EQ(classify_type_change(type_of("\"A\"", "A"), type_of("\"B\"", "B")), TypeChange::kNotCastable);
  EXPECT_EQ(classify_type_change(type_of("\"A\"", "A"), type_of("TEXT")), TypeChange::kNotCastable);
}

TEST(ColumnType, DisplaysTheSchemaLanguagesNativeNames) {
  EXPECT_EQ(display_type(type_of("BIGINT")), "BigInt");
  EXPECT_EQ(display_type(type_of("DOUBLE PRECISION")), "DoublePrecision");
  EXPECT_EQ(display_type(type_of("VARCHAR(255)")), "VarChar(255)");
  EXPECT_EQ(display_type(type_of("DECIMAL(65,30)")), "Decimal(65,30)");
  EXPECT_EQ(display_type(type_of("\"Role\"", "Role")), "\"Role\"");
}

}  // namespace
}  // namespace qdb::diff
