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

// Lowering pairs list relation fields by (model, target, relation name) as it walks the fields;
// implicit_many_to_many() walks the schema for the same answer. Both are checked against a
// schema with every case: an unnamed pair, a model with itself (two fields, one relation), a
// named second relation between the same two models, and lists that are one side of a
// one-to-many relation (also of a model with itself) or point at a view.
TEST(Lower, FindsEachImplicitManyToManyRelationOnceInTheOrderOfItsFirstField) {
  const LoadResult loaded = load_schema({{"schema.prisma", R"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}

model User {
  id        Int     @id
  posts     Post[]
  tags      Tag[]
  followers User[]  @relation("Follows")
  following User[]  @relation("Follows")
  pinned    Tag[]   @relation("Pinned")
  seen      Seen[]
  parentId  Int?
  parent    User?   @relation("Tree", fields: [parentId], references: [id])
  children  User[]  @relation("Tree")
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}

model Tag {
  id       Int    @id
  pinnedBy User[] @relation("Pinned")
  users    User[]
}

view Seen {
  id     Int   @unique
  userId Int
  user   User  @relation(fields: [userId], references: [id])
}
)"}});
  ASSERT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  const std::vector<ManyToMany> found = implicit_many_to_many(loaded.schema);
  std::vector<std::string> names;
  for (const ManyToMany& relation : found) {
    names.push_back(relation.table_name + ":" + relation.a->name + "," + relation.b->name);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"_TagToUser:Tag,User", "_Follows:User,User", "_Pinned:Tag,User"}));

  const model::Schema lowered = lower(loaded.schema);
  std::vector<std::string> tables;
  for (const model::Table& table : lowered.tables) tables.push_back(table.name);
  EXPECT_EQ(tables, (std::vector<std::string>{"User", "Post", "Tag", "_TagToUser", "_Follows", "_Pinned"}));
}

}  // namespace
}  // namespace qdb::prisma
