// Prisma's own output (tests/golden/diff/) against qdb's planner and renderer.
#include <gtest/gtest.h>

#include "diff/render_sql.hpp"
#include "prisma/lower.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::diff {
namespace {

model::Schema lowered(const std::string& relative) {
  prisma::LoadResult loaded = test::load_valid(relative);
  EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  return prisma::lower(loaded.schema);
}

std::string read_golden(const std::string& relative) { return test::read_file(test::golden_path(relative)); }

class PrismaExample : public ::testing::TestWithParam<std::string> {};

// `prisma migrate diff --script` prints the script and a line break.
TEST_P(PrismaExample, ScriptMatchesPrismaByteForByte) {
  const std::string dir = "diff/" + GetParam() + "/";
  const model::Schema before = lowered(dir + "before.prisma");
  const model::Schema after = lowered(dir + "after.prisma");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  EXPECT_EQ(render_script(plan) + "\n", read_golden(dir + "expected.sql"));
}

// migrate dev's file: the warnings block, then the script without the final blank line. Its
// source is the migrations replayed and inspected, so the before side is an inspected one
// (12_remove_enum_value names the schema in two statements of the enum rebuild for it).
TEST_P(PrismaExample, MigrationFileIsPrismas) {
  const std::string dir = "diff/" + GetParam() + "/";
  const model::Schema before = lowered(dir + "before.prisma");
  const model::Schema after = lowered(dir + "after.prisma");
  const Plan plan = plan_migration(Side{&before, "public", true}, Side{&after});
  EXPECT_EQ(render_migration(plan), read_golden(dir + "migrate_dev.sql"));
}

// The same plan from schema files names nothing with the default schema: that is
// `prisma migrate diff --from-schema-datamodel`'s text.
TEST(DiffGolden, RemovedEnumValueNamesTheSchemaOnlyForAnInspectedSource) {
  const model::Schema before = lowered("diff/12_remove_enum_value/before.prisma");
  const model::Schema after = lowered("diff/12_remove_enum_value/after.prisma");
  const std::string from_files = render_script(plan_migration(Side{&before}, Side{&after}));
  const std::string inspected = render_script(plan_migration(Side{&before, "public", true}, Side{&after}));
  EXPECT_EQ(from_files + "\n", read_golden("diff/12_remove_enum_value/expected.sql"));
  EXPECT_NE(from_files.find("DROP TYPE \"Role_old\";"), std::string::npos);
  EXPECT_NE(inspected.find("DROP TYPE \"public\".\"Role_old\";"), std::string::npos);
  EXPECT_NE(inspected.find("ALTER TABLE \"public\".\"users\" ALTER COLUMN \"role\" DROP DEFAULT;"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Diff, PrismaExample,
                         ::testing::Values("02_add_optional_column", "05_drop_column", "11_add_enum_value",
                                           "12_remove_enum_value", "17_add_index_desc_hash",
                                           "20_implicit_many_to_many"));

TEST(DiffGolden, BuiltinSchemaFromEmptyMatchesPrisma) {
  const model::Schema schema = lowered("diff/builtin_schema.prisma");
  const Plan plan = plan_migration(Side{nullptr}, Side{&schema});
  EXPECT_EQ(render_script(plan) + "\n", read_golden("diff/builtin_from_empty.sql"));
  EXPECT_EQ(render_from_empty(schema), read_golden("diff/builtin_from_empty.sql"));
}

TEST(DiffGolden, BuiltinIndexesAreTheDiffBetweenTheTwoSchemas) {
  const model::Schema before = lowered("diff/builtin_schema.prisma");
  const model::Schema after = lowered("diff/builtin_schema_indexed.prisma");
  const Plan plan = plan_migration(Side{&before}, Side{&after});
  EXPECT_EQ(render_script(plan) + "\n", read_golden("diff/builtin_add_indexes.sql"));
  EXPECT_TRUE(plan.warnings.empty());
}

TEST(DiffGolden, SameSchemaIsAnEmptyMigration) {
  const model::Schema schema = lowered("diff/builtin_schema.prisma");
  const Plan plan = plan_migration(Side{&schema}, Side{&schema});
  EXPECT_TRUE(plan.empty());
  EXPECT_EQ(render_script(plan), "-- This is an empty migration.\n");
  EXPECT_EQ(render_migration(plan), "-- This is an empty migration.");
}

}  // namespace
}  // namespace qdb::diff
