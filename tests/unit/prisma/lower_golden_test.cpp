// Valid schemas under tests/golden/prisma/valid/ and the model and SQL qdb derives from them.
#include <gtest/gtest.h>

#include "diff/render_sql.hpp"
#include "model/dump.hpp"
#include "prisma/lower.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::prisma {
namespace {

class ValidSchema : public ::testing::TestWithParam<std::string> {};

TEST_P(ValidSchema, ModelDumpAndCreateSqlMatchGolden) {
  const std::string name = GetParam();
  const bool folder = std::filesystem::is_directory(test::golden_path("prisma/valid/" + name));
  LoadResult loaded = test::load_valid("prisma/valid/" + name + (folder ? "" : ".prisma"));
  ASSERT_TRUE(loaded.ok());
  model::Schema lowered = lower(loaded.schema);
  test::expect_golden("prisma/valid/" + name + ".model.txt", model::dump(lowered));
  test::expect_golden("prisma/valid/" + name + ".sql", diff::render_from_empty(lowered));
}

INSTANTIATE_TEST_SUITE_P(Golden, ValidSchema,
                         ::testing::Values("everything", "prisma7", "multi_schema", "multi_file"));

TEST(Lower, HasDefaultSqlAgreesWithDefaultSqlOnEveryField) {
  LoadResult loaded = test::load_valid("prisma/valid/everything.prisma");
  ASSERT_TRUE(loaded.ok());
  int with_sql = 0;
  int without_sql = 0;
  for (const Model& model : loaded.schema.models) {
    for (const Field& field : model.fields) {
      const bool has = default_sql(loaded.schema, field).has_value();
      EXPECT_EQ(has_default_sql(field), has) << model.name << "." << field.name;
      (has ? with_sql : without_sql) += field.default_value ? 1 : 0;
    }
  }
  // The schema has defaults of both sorts, so the comparison covers both answers.
  EXPECT_GT(with_sql, 0);
  EXPECT_GT(without_sql, 0);
}

TEST(Load, ExposesTheDatabaseUrlVariable) {
  EXPECT_EQ(test::load_valid("prisma/valid/everything.prisma").schema.datasource->url_env, "DATABASE_URL");
  EXPECT_EQ(test::load_valid("prisma/valid/multi_schema.prisma").schema.datasource->url_env, "APP_DATABASE_URL");
  EXPECT_EQ(test::load_valid("prisma/valid/prisma7.prisma").schema.datasource->url_env, "");
}

TEST(Load, KeepsDocCommentsOnModelsFieldsAndEnumValues) {
  LoadResult loaded = test::load_valid("prisma/valid/everything.prisma");
  const Model* user = loaded.schema.find_model("User");
  ASSERT_NE(user, nullptr);
  EXPECT_EQ(user->documentation, "A registered account.");
  EXPECT_EQ(find_field(*user, "email")->documentation, "Unique login address.");
  EXPECT_EQ(loaded.schema.find_enum("Role")->values[1].documentation, "Can moderate posts.");
}

TEST(Lower, JoinTableNameUsesRelationNameOrSortedModels) {
  EXPECT_EQ(join_table_name("", "Tag", "Post"), "_PostToTag");
  EXPECT_EQ(join_table_name("follows", "User", "User"), "_follows");
}

}  // namespace
}  // namespace qdb::prisma
