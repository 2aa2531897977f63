// One model, two sources: a schema lowered from schema.prisma equals the catalog inspected after
// applying the SQL Prisma writes for it (model::canonical() decides what "equal" means).
#include <gtest/gtest.h>

#include "inspect/build_schema.hpp"
#include "model/canonical.hpp"
#include "diff/render_sql.hpp"
#include "model/dump.hpp"
#include "pg/catalog_queries.hpp"
#include "prisma/lower.hpp"
#include "support/pg/test_database.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::test {
namespace {

struct Inspected {
  model::Schema schema;
  int queries = 0;
};

Inspected inspect(const TestDatabase& db, const inspect::BuildOptions& options) {
  std::vector<std::string> schemas = options.namespaces;
  if (schemas.empty()) schemas.push_back(options.default_schema);
  std::unique_ptr<db::Catalog> catalog = pg::connect_catalog(db.settings());
  Inspected out;
  out.schema = inspect::build_schema(catalog->read(schemas), options);
  out.queries = catalog->queries_sent();
  return out;
}

// Relative to tests/golden/, or the repository's own schema for "schema.prisma".
prisma::LoadResult load(const std::string& name) {
  if (name == "schema.prisma") {
    std::filesystem::path path = std::filesystem::path(QDB_SOURCE_DIR) / "schema" / "schema.prisma";
    return prisma::load_schema({{"schema/schema.prisma", read_file(path)}});
  }
  return load_valid(name);
}

class RoundTrip : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  TestDatabase db_;
};

TEST_P(RoundTrip, InspectedCatalogEqualsTheLoweredSchema) {
  prisma::LoadResult loaded = load(GetParam());
  ASSERT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  model::Schema lowered = prisma::lower(loaded.schema);
  const std::string sql = diff::render_from_empty(lowered);
  // @db.Citext needs the extension, which Prisma's SQL does not create.
  const bool citext = sql.find("CITEXT") != std::string::npos;
  if (citext) db_.execute("CREATE EXTENSION citext");
  db_.execute(sql);
  inspect::BuildOptions options;
  if (!lowered.namespaces.empty()) {
    options.default_schema.clear();
    options.namespaces = lowered.namespaces;
  }
  Inspected inspected = inspect(db_, options);
  EXPECT_EQ(inspected.queries, 8);
  if (citext) {
    ASSERT_EQ(inspected.schema.objects.size(), 1u);
    EXPECT_EQ(inspected.schema.objects[0].name, "citext");
    inspected.schema.objects.clear();
  }
  model::Schema expected = model::canonical(lowered);
  // A time type without a precision (`@db.Timestamptz`) has the server's, 6, and the inspector
  // says so; the lowered model keeps the schema's spelling, which Prisma's SQL writes.
  for (model::Table& table : expected.tables) {
    for (model::Column& column : table.columns) {
      for (const char* type : {"TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ"}) {
        if (column.type == type) column.type += "(6)";
        if (column.type == std::string(type) + "[]") column.type = std::string(type) + "(6)[]";
      }
    }
  }
  model::Schema actual = model::canonical(inspected.schema);
  EXPECT_EQ(model::dump(actual), model::dump(expected)) << "the SQL applied:\n" << sql;
  EXPECT_TRUE(actual == expected) << "the dumps agree but a field the dump leaves out differs";
}

// prisma/valid/everything.prisma itself cannot be applied (a GIN index with jsonb_path_ops on a json
// column): inspect/round_trip.prisma is the same schema with that column as jsonb.
INSTANTIATE_TEST_SUITE_P(
    Schemas, RoundTrip,
    ::testing::Values("schema.prisma", "inspect/round_trip.prisma", "prisma/valid/prisma7.prisma",
                      "prisma/valid/multi_schema.prisma", "prisma/valid/multi_file",
                      "prisma-reference/builtin_schema.prisma", "prisma-reference/builtin_schema_indexed.prisma",
                      "prisma-reference/02_add_optional_column/before.prisma",
                      "prisma-reference/02_add_optional_column/after.prisma",
                      "prisma-reference/05_drop_column/before.prisma", "prisma-reference/05_drop_column/after.prisma",
                      "prisma-reference/11_add_enum_value/before.prisma",
                      "prisma-reference/11_add_enum_value/after.prisma",
                      "prisma-reference/12_remove_enum_value/before.prisma",
                      "prisma-reference/12_remove_enum_value/after.prisma",
                      "prisma-reference/17_add_index_desc_hash/before.prisma",
                      "prisma-reference/17_add_index_desc_hash/after.prisma",
                      "prisma-reference/20_implicit_many_to_many/before.prisma",
                      "prisma-reference/20_implicit_many_to_many/after.prisma"),
    [](const ::testing::TestParamInfo<std::string>& info) {
      std::string name;
      for (char c : info.param) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

TEST(InspectorQueries, TheirNumberDoesNotGrowWithTheSchema) {
  TestDatabase db;
  if (!db.ok()) return;
  std::string sql = "CREATE TYPE mood AS ENUM ('sad', 'ok');\n";
  for (int i = 0; i < 60; ++i) {
    std::string n = std::to_string(i);
    sql += "CREATE TABLE t" + n + " (id serial PRIMARY KEY, m mood, name text UNIQUE, parent int REFERENCES t" +
           (i ? std::to_string(i - 1) : "0") + "(id), CHECK (id > 0));\nCREATE INDEX t" + n + "_name ON t" + n +
           " (lower(name));\nCREATE VIEW v" + n + " AS SELECT id FROM t" + n + ";\n";
  }
  db.execute(sql);
  std::unique_ptr<db::Catalog> catalog = pg::connect_catalog(db.settings());
  db::CatalogRows rows = catalog->read({"public"});
  EXPECT_EQ(rows.tables.size(), 60u);
  EXPECT_EQ(rows.objects.size(), 60u);
  EXPECT_EQ(catalog->queries_sent(), 8);
  rows = catalog->read({"public", "elsewhere"});
  EXPECT_EQ(catalog->queries_sent(), 16);
}

}  // namespace
}  // namespace qdb::test
