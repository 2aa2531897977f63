#include "diff/render_sql.hpp"

#include <gtest/gtest.h>

#include "prisma/load.hpp"
#include "prisma/lower.hpp"
#include "util/sql_quote.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::diff {
namespace {

using test::golden_path;
using test::load_valid;
using test::read_file;

// tests/golden/prisma-reference/ holds copies of what Prisma 6.19 itself wrote.
TEST(FromEmpty, BuiltinSchemaMatchesPrismaByteForByte) {
  auto loaded = load_valid("prisma-reference/builtin_schema.prisma");
  EXPECT_EQ(render_from_empty(prisma::lower(loaded.schema)),
            read_file(golden_path("prisma-reference/builtin_from_empty.sql")));
}

TEST(FromEmpty, FirstMigrationLeavesOutCreateSchema) {
  auto loaded = load_valid("prisma-reference/builtin_schema.prisma");
  std::string expected = read_file(golden_path("prisma-reference/builtin_from_empty.sql"));
  std::string sql = render_from_empty(prisma::lower(loaded.schema), false);
  EXPECT_EQ(sql, expected.substr(expected.find("-- CreateTable")));
}

// The indexes Prisma adds for builtin_schema_indexed.prisma are the CreateIndex steps of a
// from-empty script after the unique indexes.
TEST(FromEmpty, IndexedSchemaHasPrismaIndexNames) {
  auto loaded = load_valid("prisma-reference/builtin_schema_indexed.prisma");
  std::string sql = render_from_empty(prisma::lower(loaded.schema));
  std::string added = read_file(golden_path("prisma-reference/builtin_add_indexes.sql"));
  size_t at = 0;
  for (size_t start = 0; start < added.size();) {
    size_t end = added.find("\n\n", start);
    std::string step = added.substr(start, end - start + 2);
    size_t found = sql.find(step, at);
    EXPECT_NE(found, std::string::npos) << step;
    if (found != std::string::npos) at = found;
    start = end + 2;
  }
}

// The repository's own schema and migrations: applied in order, the two migration files are
// exactly the from-empty script of schema/schema.prisma, as `prisma migrate dev` would have written
// them (without the CreateSchema step and the final blank line).
TEST(FromEmpty, RepositoryMigrationsAreWhatTheSchemaGives) {
  const std::string root = QDB_SOURCE_DIR;
  prisma::LoadResult loaded = prisma::load_schema({{"schema/schema.prisma", read_file(root + "/schema/schema.prisma")}});
  ASSERT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  std::string from_empty = render_from_empty(prisma::lower(loaded.schema), false);
  std::string init = read_file(root + "/migrations/20250101000000_init/migration.sql");
  std::string indexes = read_file(root + "/migrations/20250101000100_hot_query_indexes/migration.sql");
  // The hot-query indexes come after the unique indexes in a from-empty script, so the two
  // files together hold every step of it, each step once.
  std::string steps;
  for (const std::string& file : {init, indexes}) {
    for (size_t start = 0; start < file.size();) {
      size_t end = file.find("\n\n", start);
      std::string step = file.substr(start, end == std::string::npos ? std::string::npos : end - start);
      if (!step.empty() && step.back() == '\n') step.pop_back();  // the file's last line
      EXPECT_NE(from_empty.find(step + "\n\n"), std::string::npos) << step;
      steps += step + "\n\n";
      if (end == std::string::npos) break;
      start = end + 2;
    }
  }
  EXPECT_EQ(steps.size(), from_empty.size());
  // Prisma ends a migration file with the last statement's line, not a blank line.
  EXPECT_EQ(init.substr(init.size() - 2), ";\n");
  EXPECT_EQ(indexes.substr(indexes.size() - 2), ";\n");
}

// Prisma's diff for example 20 adds Tag and the _PostToTag join table; the from-empty script
// of the after schema must contain exactly those steps.
TEST(FromEmpty, ImplicitManyToManyJoinTableMatchesPrisma) {
  auto loaded = load_valid("prisma-reference/20_implicit_many_to_many/after.prisma");
  std::string sql = render_from_empty(prisma::lower(loaded.schema));
  std::string expected = read_file(golden_path("prisma-reference/20_implicit_many_to_many/expected.sql"));
  for (size_t start = 0; start < expected.size();) {
    size_t end = expected.find("\n\n", start);
    std::string step = expected.substr(start, end - start + 2);
    EXPECT_NE(sql.find(step), std::string::npos) << step;
    start = end + 2;
  }
  EXPECT_NE(sql.find("CREATE TABLE \"_PostToTag\""), std::string::npos);
}

TEST(FromEmpty, DescendingHashAndLongIndexNamesMatchPrisma) {
  auto loaded = load_valid("prisma-reference/17_add_index_desc_hash/after.prisma");
  std::string sql = render_from_empty(prisma::lower(loaded.schema));
  std::string expected = read_file(golden_path("prisma-reference/17_add_index_desc_hash/expected.sql"));
  for (size_t start = 0; start < expected.size();) {
    size_t end = expected.find("\n\n", start);
    std::string step = expected.substr(start, end - start + 2);
    EXPECT_NE(sql.find(step), std::string::npos) << step;
    start = end + 2;
  }
}

TEST(FromEmpty, QuotesIdentifiers) {
  EXPECT_EQ(util::quote_identifier("a\"b"), "\"a\"\"b\"");
}

}  // namespace
}  // namespace qdb::diff
