#include "model/create_sql.hpp"

#include <gtest/gtest.h>

#include "prisma/lower.hpp"
#include "util/sql_quote.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::model {
namespace {

using test::golden_path;
using test::load_valid;
using test::read_file;

// tests/golden/prisma-reference/ holds copies of what Prisma 6.19 itself wrote.
TEST(CreateSql, BuiltinSchemaMatchesPrismaByteForByte) {
  auto loaded = load_valid("prisma-reference/builtin_schema.prisma");
  EXPECT_EQ(render_create_sql(prisma::lower(loaded.schema)),
            read_file(golden_path("prisma-reference/builtin_from_empty.sql")));
}

TEST(CreateSql, FirstMigrationLeavesOutCreateSchema) {
  auto loaded = load_valid("prisma-reference/builtin_schema.prisma");
  std::string expected = read_file(golden_path("prisma-reference/builtin_from_empty.sql"));
  std::string sql = render_create_sql(prisma::lower(loaded.schema), {.create_schemas = false});
  EXPECT_EQ(sql, expected.substr(expected.find("-- CreateTable")));
}

// The indexes Prisma adds for builtin_schema_indexed.prisma are the CreateIndex steps of a
// from-empty script after the unique indexes.
TEST(CreateSql, IndexedSchemaHasPrismaIndexNames) {
  auto loaded = load_valid("prisma-reference/builtin_schema_indexed.prisma");
  std::string sql = render_create_sql(prisma::lower(loaded.schema));
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

// Prisma's diff for example 20 adds Tag and the _PostToTag join table; the from-empty script
// of the after schema must contain exactly those steps.
TEST(CreateSql, ImplicitManyToManyJoinTableMatchesPrisma) {
  auto loaded = load_valid("prisma-reference/20_implicit_many_to_many/after.prisma");
  std::string sql = render_create_sql(prisma::lower(loaded.schema));
  std::string expected = read_file(golden_path("prisma-reference/20_implicit_many_to_many/expected.sql"));
  for (size_t start = 0; start < expected.size();) {
    size_t end = expected.find("\n\n", start);
    std::string step = expected.substr(start, end - start + 2);
    EXPECT_NE(sql.find(step), std::string::npos) << step;
    start = end + 2;
  }
  EXPECT_NE(sql.find("CREATE TABLE \"_PostToTag\""), std::string::npos);
}

TEST(CreateSql, DescendingHashAndLongIndexNamesMatchPrisma) {
  auto loaded = load_valid("prisma-reference/17_add_index_desc_hash/after.prisma");
  std::string sql = render_create_sql(prisma::lower(loaded.schema));
  std::string expected = read_file(golden_path("prisma-reference/17_add_index_desc_hash/expected.sql"));
  for (size_t start = 0; start < expected.size();) {
    size_t end = expected.find("\n\n", start);
    std::string step = expected.substr(start, end - start + 2);
    EXPECT_NE(sql.find(step), std::string::npos) << step;
    start = end + 2;
  }
}

TEST(CreateSql, QuotesIdentifiers) {
  EXPECT_EQ(util::quote_identifier("a\"b"), "\"a\"\"b\"");
}

}  // namespace
}  // namespace qdb::model
