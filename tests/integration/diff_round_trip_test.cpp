// The diff engine on a real server: for each pair of schemas (before, after), the database
// `before` describes is built, inspected and migrated with the SQL `db diff --from-url ... --script`
// writes for it; the migrated database, inspected again, must diff to nothing against `after`.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "diff/planner.hpp"
#include "diff/render_sql.hpp"
#include "inspect/build_schema.hpp"
#include "model/canonical.hpp"
#include "model/dump.hpp"
#include "pg/catalog_queries.hpp"
#include "prisma/load.hpp"
#include "prisma/lower.hpp"
#include "support/pg/test_database.hpp"

namespace qdb::test {
namespace {

constexpr const char* kDatasource = R"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
)";

constexpr const char* kMultiSchemaDatasource = R"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
  schemas  = ["public", "billing"]
}
)";

struct Scenario {
  std::string name;
  std::string before;  // models and enums; the datasource is added unless the text has its own
  std::string after;
  std::string rows = {};   // SQL run on the `before` database: data the migration must carry
  std::string check = {};  // SQL run on the migrated database, which must succeed
};

std::ostream& operator<<(std::ostream& out, const Scenario& scenario) { return out << scenario.name; }

struct Loaded {
  model::Schema model;
  std::vector<std::string> namespaces;  // the datasource's `schemas`
};

Loaded load(const std::string& body) {
  const std::string text = body.find("datasource") == std::string::npos ? kDatasource + body : body;
  prisma::LoadResult loaded = prisma::load_schema({{"schema.prisma", text}});
  EXPECT_TRUE(loaded.ok()) << loaded.format_diagnostics();
  Loaded out;
  if (!loaded.ok()) return out;
  out.model = prisma::lower(loaded.schema);
  if (loaded.schema.datasource) out.namespaces = loaded.schema.datasource->schemas;
  return out;
}

// As `db diff --from-url` reads a database: the URL's schema is the default one, a multiSchema
// datasource's list says which schemas to read.
model::Schema inspect_database(const TestDatabase& db, const std::vector<std::string>& namespaces) {
  inspect::BuildOptions options;
  options.namespaces = namespaces;
  std::vector<std::string> schemas = namespaces;
  if (schemas.empty()) schemas.push_back(options.default_schema);
  std::unique_ptr<db::Catalog> catalog = pg::connect_catalog(db.settings());
  model::Schema schema = inspect::build_schema(catalog->read(schemas), options);
  EXPECT_EQ(catalog->queries_sent(), 8);
  return schema;
}

diff::Plan plan_from_database(const model::Schema& inspected, const model::Schema& target) {
  return diff::plan_migration(diff::Side{&inspected, "public", /*inspected=*/true}, diff::Side{&target, "public"});
}

std::string canonical_dump(const model::Schema& schema) { return model::dump(model::canonical(schema)); }

// The same with each table's columns in the order of their names. A migration appends the columns
// it adds (in the byte order of their names, as Prisma writes them) and never moves one, so a
// migrated table's column order need not be its schema's: the differ pairs columns by name.
std::string dump_ignoring_column_order(model::Schema schema) {
  for (model::Table& table : schema.tables) {
    std::sort(table.columns.begin(), table.columns.end(),
              [](const model::Column& a, const model::Column& b) { return a.name < b.name; });
  }
  return canonical_dump(schema);
}

// The database a schema's SQL from empty makes: a schema of the datasource's list that no table
// or enum lives in is not created.
model::Schema as_built(model::Schema schema) {
  const std::vector<std::string> created = diff::namespaces_of(diff::Side{&schema, "public"});
  std::erase_if(schema.namespaces, [&](const std::string& name) {
    return std::find(created.begin(), created.end(), name) == created.end();
  });
  return schema;
}

class DiffRoundTrip : public ::testing::TestWithParam<Scenario> {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  TestDatabase db_;
};

TEST_P(DiffRoundTrip, TheMigratedDatabaseDiffsToNothing) {
  const Scenario& scenario = GetParam();
  const Loaded before = load(scenario.before);
  const Loaded after = load(scenario.after);
  ASSERT_FALSE(HasFailure());
  ASSERT_EQ(before.namespaces, after.namespaces) << "a scenario keeps its datasource";

  db_.execute(diff::render_from_empty(before.model));
  if (!scenario.rows.empty()) db_.execute(scenario.rows);
  const model::Schema built = inspect_database(db_, before.namespaces);
  ASSERT_EQ(canonical_dump(built), canonical_dump(as_built(before.model)))
      << "the `before` database is not what its schema says";

  const diff::Plan plan = plan_from_database(built, after.model);
  const std::string sql = diff::render_script(plan);
  // Pairs whose databases differ need a migration; the others (client-side defaults, @ignore,
  // a renamed model with the same @@map) need none.
  EXPECT_EQ(plan.empty(), canonical_dump(before.model) == canonical_dump(after.model)) << sql;
  try {
    db_.execute(sql);
  } catch (const std::exception& e) {
    FAIL() << "the generated SQL failed: " << e.what() << "\n" << sql;
  }
  if (!scenario.check.empty()) {
    try {
      db_.execute(scenario.check);
    } catch (const std::exception& e) {
      ADD_FAILURE() << "the migrated database refused the check: " << e.what() << "\n" << sql;
    }
  }

  const model::Schema migrated = inspect_database(db_, after.namespaces);
  const diff::Plan again = plan_from_database(migrated, after.model);
  EXPECT_TRUE(again.empty()) << "still to do after\n" << sql << "\n---\n" << diff::render_script(again);
  EXPECT_EQ(dump_ignoring_column_order(migrated), dump_ignoring_column_order(after.model))
      << "the SQL applied:\n" << sql;
}

// Models used by many scenarios.
constexpr const char* kUserTable = "model User {\n  id Int @id\n}\n";

std::vector<Scenario> table_scenarios() {
  return {
      {"AddTable", kUserTable,
       std::string(kUserTable) + "model Post {\n  id Int @id @default(autoincrement())\n  title String\n}\n"},
      {"DropTable", std::string(kUserTable) + "model Post {\n  id Int @id @default(autoincrement())\n  title String\n}\n",
       kUserTable, "INSERT INTO \"Post\" (title) VALUES ('a'), ('b')"},
      {"RenameTableThroughMap", "model User {\n  id Int @id\n  @@map(\"users\")\n}\n",
       "model User {\n  id Int @id\n  @@map(\"people\")\n}\n"},
      {"RenameModelKeepingItsMap", "model User {\n  id Int @id\n  @@map(\"users\")\n}\n",
       "model Person {\n  id Int @id\n  @@map(\"users\")\n}\n"},
      {"AddOptionalColumn", kUserTable, "model User {\n  id Int @id\n  name String?\n}\n", "INSERT INTO \"User\" VALUES (1)"},
      {"AddRequiredColumnWithDefault", kUserTable, "model User {\n  id Int @id\n  age Int @default(18)\n}\n",
       "INSERT INTO \"User\" VALUES (1)", "DO $$ BEGIN ASSERT (SELECT age FROM \"User\") = 18; END $$"},
      {"AddRequiredColumn", kUserTable, "model User {\n  id Int @id\n  email String\n}\n"},
      {"DropColumn", "model User {\n  id Int @id\n  name String\n}\n", kUserTable, "INSERT INTO \"User\" VALUES (1, 'a')"},
      {"RenameColumnThroughMap", "model User {\n  id Int @id\n  name String @map(\"name\")\n}\n",
       "model User {\n  id Int @id\n  name String @map(\"full_name\")\n}\n"},
      {"OptionalToRequired", "model User {\n  id Int @id\n  name String?\n}\n", "model User {\n  id Int @id\n  name String\n}\n",
       "INSERT INTO \"User\" VALUES (1, 'a')"},
      {"RequiredToOptional", "model User {\n  id Int @id\n  name String\n}\n", "model User {\n  id Int @id\n  name String?\n}\n",
       "INSERT INTO \"User\" VALUES (1, 'a')", "INSERT INTO \"User\" VALUES (2, NULL)"},
      {"FieldIgnored", "model User {\n  id Int @id\n  legacy String?\n}\n",
       "model User {\n  id Int @id\n  legacy String? @ignore\n}\n"},
      {"ModelIgnored", "model User {\n  id Int @id\n}\nmodel Legacy {\n  id Int @id\n}\n",
       "model User {\n  id Int @id\n}\nmodel Legacy {\n  id Int @id\n  @@ignore\n}\n"},
  };
}

std::vector<Scenario> default_scenarios() {
  return {
      {"AddLiteralDefaults",
       "model T {\n  id Int @id\n  s String\n  i Int\n  b Boolean\n  f Float\n  g BigInt\n  d Decimal\n}\n",
       "model T {\n  id Int @id\n  s String @default(\"it's\")\n  i Int @default(-3)\n  b Boolean @default(true)\n"
       "  f Float @default(1.5)\n  g BigInt @default(9007199254740993)\n  d Decimal @default(1.25)\n}\n"},
      {"ChangeLiteralDefaults",
       "model T {\n  id Int @id\n  s String @default(\"a\")\n  i Int @default(1)\n  b Boolean @default(true)\n}\n",
       "model T {\n  id Int @id\n  s String @default(\"b\")\n  i Int @default(2)\n  b Boolean @default(false)\n}\n"},
      {"RemoveDefaults", "model T {\n  id Int @id\n  s String @default(\"a\")\n  at DateTime @default(now())\n}\n",
       "model T {\n  id Int @id\n  s String\n  at DateTime\n}\n"},
      {"AddNow", "model T {\n  id Int @id\n  at DateTime\n}\n", "model T {\n  id Int @id\n  at DateTime @default(now())\n}\n"},
      {"AddDateTimeLiteralColumn", "model T {\n  id Int @id\n}\n",
       "model T {\n  id Int @id\n  at DateTime @default(\"2024-01-02T03:04:05.000Z\")\n}\n", "INSERT INTO \"T\" VALUES (1)"},
      {"AddAutoincrement", "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id @default(autoincrement())\n}\n",
       "", "INSERT INTO \"T\" DEFAULT VALUES"},
      {"DropAutoincrement", "model T {\n  id Int @id @default(autoincrement())\n}\n", "model T {\n  id Int @id\n}\n",
       "INSERT INTO \"T\" DEFAULT VALUES", "INSERT INTO \"T\" VALUES (7)"},
      {"ClientSideDefaultsStayInTheClient", "model T {\n  id String @id\n  token String\n  key String\n}\n",
       "model T {\n  id String @id @default(uuid())\n  token String @default(cuid())\n  key String @default(nanoid())\n}\n"},
      {"AddClientSideDefaultColumn", "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id\n  token String @default(uuid())\n}\n"},
      {"AddDbGenerated", "model T {\n  id Int @id\n  key String @db.Uuid\n}\n",
       "model T {\n  id Int @id\n  key String @default(dbgenerated(\"gen_random_uuid()\")) @db.Uuid\n}\n", "",
       "INSERT INTO \"T\" (id) VALUES (1)"},
      {"ChangeDbGenerated", "model T {\n  id Int @id\n  n Int @default(dbgenerated(\"1\"))\n}\n",
       "model T {\n  id Int @id\n  n Int @default(dbgenerated(\"(2 + 3)\"))\n}\n"},
      {"ChangeEnumDefault", "enum Role {\n  USER\n  ADMIN\n}\nmodel T {\n  id Int @id\n  role Role @default(USER)\n}\n",
       "enum Role {\n  USER\n  ADMIN\n}\nmodel T {\n  id Int @id\n  role Role @default(ADMIN)\n}\n"},
      {"UpdatedAt", "model T {\n  id Int @id\n  seen DateTime\n}\n",
       "model T {\n  id Int @id\n  seen DateTime @updatedAt\n  updatedAt DateTime @updatedAt\n}\n"},
  };
}

// What `id Int @id` to `id Int @id @default(autoincrement())` makes of the column (Prisma's SQL).
constexpr const char* kPrismaAddedSequence =
    "ALTER TABLE \"T\" ALTER COLUMN id DROP DEFAULT; DROP SEQUENCE \"T_id_seq\"; CREATE SEQUENCE t_id_seq;"
    "ALTER TABLE \"T\" ALTER COLUMN \"id\" SET DEFAULT nextval('t_id_seq'); ALTER SEQUENCE t_id_seq OWNED BY \"T\".\"id\"";

std::vector<Scenario> type_scenarios() {
  auto pair = [](const std::string& name, const std::string& from, const std::string& to, std::string rows = {},
                 std::string check = {}) {
    return Scenario{name, "model T {\n  id Int @id\n  v " + from + "\n}\n", "model T {\n  id Int @id\n  v " + to + "\n}\n",
                    std::move(rows), std::move(check)};
  };
  return {
      pair("StringToInt", "String?", "Int?", "INSERT INTO \"T\" VALUES (1, '42')"),
      pair("IntToString", "Int", "String", "INSERT INTO \"T\" VALUES (1, 42)",
           "DO $$ BEGIN ASSERT (SELECT v FROM \"T\") = '42'; END $$"),
      pair("IntToBigInt", "Int", "BigInt", "INSERT INTO \"T\" VALUES (1, 42)"),
      pair("IntToFloat", "Int", "Float", "INSERT INTO \"T\" VALUES (1, 42)"),
      pair("FloatToDecimal", "Float", "Decimal", "INSERT INTO \"T\" VALUES (1, 1.5)"),
      pair("BooleanToString", "Boolean", "String", "INSERT INTO \"T\" VALUES (1, true)"),
      pair("SmallIntToInt", "Int @db.SmallInt", "Int", "INSERT INTO \"T\" VALUES (1, 7)"),
      pair("WidenVarChar", "String @db.VarChar(10)", "String @db.VarChar(50)", "INSERT INTO \"T\" VALUES (1, 'abc')",
           "INSERT INTO \"T\" VALUES (2, repeat('x', 50))"),
      pair("NarrowVarChar", "String @db.VarChar(50)", "String @db.VarChar(10)", "INSERT INTO \"T\" VALUES (1, 'abc')"),
      pair("VarCharToText", "String @db.VarChar(10)", "String", "INSERT INTO \"T\" VALUES (1, 'abc')"),
      pair("DecimalPrecision", "Decimal @db.Decimal(10, 2)", "Decimal @db.Decimal(12, 4)",
           "INSERT INTO \"T\" VALUES (1, 12.34)"),
      pair("TimestamptzPrecision", "DateTime @db.Timestamptz(3)", "DateTime @db.Timestamptz(6)"),
      pair("TimestampToTimestamptz", "DateTime", "DateTime @db.Timestamptz(3)", "INSERT INTO \"T\" VALUES (1, now())"),
      pair("DateTimeToDate", "DateTime", "DateTime @db.Date", "INSERT INTO \"T\" VALUES (1, now())"),
      pair("JsonToJsonb", "Json @db.Json", "Json", "INSERT INTO \"T\" VALUES (1, '{\"a\": 1}')"),
      pair("UuidToString", "String @db.Uuid", "String", "INSERT INTO \"T\" VALUES (1, gen_random_uuid())"),
      pair("StringToUuid", "String?", "String? @db.Uuid"),
      pair("DecimalToInt", "Decimal", "Int", "INSERT INTO \"T\" VALUES (1, 2.0)"),
      pair("TextToChar", "String", "String @db.Char(3)", "INSERT INTO \"T\" VALUES (1, 'abc')"),
      pair("DateTimeToString", "DateTime?", "String?", "INSERT INTO \"T\" VALUES (1, now())"),
      pair("AddJsonBytesDecimalUuid", "Int?",
           "Int?\n  j Json?\n  b Bytes?\n  d Decimal?\n  u String? @db.Uuid\n  x Json @default(\"{}\")", "",
           // Named columns: the migration adds them in the order of their names, not the schema's.
           "INSERT INTO \"T\" (id, v, j, b, d, u) VALUES (1, NULL, '[1]', '\\x00', 1.5, gen_random_uuid())"),
      // The sequence of an autoincrement that a migration added is Prisma's lower-case t_id_seq,
      // not SERIAL's "T_id_seq".
      {"AutoincrementAddedByAMigrationToBigInt", "model T {\n  id Int @id @default(autoincrement())\n}\n",
       "model T {\n  id BigInt @id @default(autoincrement())\n}\n", kPrismaAddedSequence,
       "SELECT setval('t_id_seq', 3000000000); INSERT INTO \"T\" DEFAULT VALUES"},
      {"AutoincrementAddedByAMigrationDropped", "model T {\n  id Int @id @default(autoincrement())\n}\n",
       "model T {\n  id Int @id\n}\n", kPrismaAddedSequence,
       "DO $$ BEGIN ASSERT to_regclass('t_id_seq') IS NULL; END $$"},
      {"AutoincrementIntToBigInt", "model T {\n  id Int @id @default(autoincrement())\n}\n",
       "model T {\n  id BigInt @id @default(autoincrement())\n}\n", "INSERT INTO \"T\" DEFAULT VALUES",
       "SELECT setval(pg_get_serial_sequence('\"T\"', 'id'), 3000000000); INSERT INTO \"T\" DEFAULT VALUES"},
  };
}

std::vector<Scenario> list_scenarios() {
  auto pair = [](const std::string& name, const std::string& from, const std::string& to, std::string rows = {}) {
    return Scenario{name, "model T {\n  id Int @id\n  " + from + "\n}\n", "model T {\n  id Int @id\n  " + to + "\n}\n",
                    std::move(rows)};
  };
  return {
      pair("AddList", "n Int", "n Int\n  tags String[]"),
      pair("ListElementType", "v Int[]", "v BigInt[]", "INSERT INTO \"T\" VALUES (1, '{1,2}')"),
      pair("ScalarToList", "v String?", "v String[]"),
      pair("ListToScalar", "v String[]", "v String?"),
      pair("ListDefault", "v String[] @default([])", "v String[] @default([\"a\", \"b\"])"),
  };
}

constexpr const char* kRole = "enum Role {\n  USER\n  ADMIN\n  GUEST\n}\n";
constexpr const char* kRoleWithoutGuest = "enum Role {\n  USER\n  ADMIN\n}\n";

std::vector<Scenario> enum_scenarios() {
  const std::string user = "model User {\n  id Int @id\n  role Role @default(USER)\n}\n";
  return {
      {"CreateEnum", kUserTable, std::string(kRole) + user},
      {"AddEnumValue", kRoleWithoutGuest + user, kRole + user, "", "INSERT INTO \"User\" VALUES (1, 'GUEST')"},
      {"RemoveEnumValue", kRole + user, kRoleWithoutGuest + user,
       "INSERT INTO \"User\" VALUES (1, 'ADMIN'), (2, DEFAULT)", "INSERT INTO \"User\" VALUES (3, DEFAULT)"},
      {"RemoveEnumValueOfAList", std::string(kRole) + "model User {\n  id Int @id\n  roles Role[]\n}\n",
       std::string(kRoleWithoutGuest) + "model User {\n  id Int @id\n  roles Role[]\n}\n",
       "INSERT INTO \"User\" VALUES (1, '{USER,ADMIN}')"},
      {"RemoveEnumValueWhileItsColumnIsDropped", kRole + user, std::string(kRoleWithoutGuest) + kUserTable,
       "INSERT INTO \"User\" VALUES (1, 'GUEST')"},
      {"RemoveEnumValueWhileItsColumnBecomesText", kRole + user,
       std::string(kRoleWithoutGuest) + "model User {\n  id Int @id\n  role String @default(\"USER\")\n}\n",
       "INSERT INTO \"User\" VALUES (1, 'GUEST')"},
      {"RemoveEnumValueAndChangeTheDefault", kRole + user,
       std::string(kRoleWithoutGuest) + "model User {\n  id Int @id\n  role Role @default(ADMIN)\n}\n",
       "INSERT INTO \"User\" VALUES (1, 'USER')"},
      {"RenameEnumThroughMap", kRole + user, std::string(kRole).insert(strlen(kRole) - 2, "  @@map(\"user_role\")\n") + user},
      {"DropEnum", kRole + user, kUserTable, "INSERT INTO \"User\" VALUES (1, 'ADMIN')"},
      {"AddEnumValueAndMakeItTheDefault", kRoleWithoutGuest + user,
       std::string(kRole) + "model User {\n  id Int @id\n  role Role @default(GUEST)\n}\n"},
      {"AddEnumValuesForANewTable", kRoleWithoutGuest + user,
       "enum Role {\n  USER\n  ADMIN\n  GUEST\n  OWNER\n}\n" + user +
           "model Team {\n  id Int @id\n  role Role @default(OWNER)\n  roles Role[] @default([GUEST])\n}\n",
       "", "INSERT INTO \"Team\" (id) VALUES (1)"},
      {"ReplaceEnumValue", kRoleWithoutGuest + user,
       "enum Role {\n  USER\n  OWNER\n}\nmodel User {\n  id Int @id\n  role Role @default(USER)\n}\n",
       "INSERT INTO \"User\" VALUES (1, 'USER')"},
      {"RemoveEnumValueWithANewTableOfIt", kRole + user,
       kRoleWithoutGuest + user + "model Team {\n  id Int @id\n  role Role @default(ADMIN)\n  roles Role[]\n}\n"},
      {"RemoveEnumValueWhileItsTableIsDropped", kRole + user + "model Keep {\n  id Int @id\n  role Role\n}\n",
       std::string(kRoleWithoutGuest) + "model Keep {\n  id Int @id\n  role Role\n}\n",
       "INSERT INTO \"User\" VALUES (1, 'GUEST'); INSERT INTO \"Keep\" VALUES (1, 'USER')"},
      {"EnumColumnToAnotherEnum", kRole + user,
       std::string(kRole) + "enum Level {\n  LOW\n  HIGH\n}\nmodel User {\n  id Int @id\n  role Level?\n}\n"},
  };
}

std::vector<Scenario> index_scenarios() {
  auto pair = [](const std::string& name, const std::string& fields, const std::string& from, const std::string& to) {
    return Scenario{name, "model T {\n  id Int @id\n" + fields + from + "}\n", "model T {\n  id Int @id\n" + fields + to + "}\n"};
  };
  const std::string ab = "  a String\n  b Int\n";
  return {
      pair("AddIndex", ab, "", "  @@index([a])\n"),
      pair("DropIndex", ab, "  @@index([a])\n", ""),
      pair("CompositeIndex", ab, "  @@index([a])\n", "  @@index([a, b])\n"),
      pair("AddCompoundUnique", ab, "", "  @@unique([a, b])\n"),
      pair("AddFieldUnique", "  b Int\n", "  a String\n", "  a String @unique\n"),
      pair("UniqueToIndex", ab, "  @@unique([a])\n", "  @@index([a])\n"),
      pair("RenameIndexThroughMap", ab, "  @@index([a], map: \"by_a\")\n", "  @@index([a], map: \"a_lookup\")\n"),
      pair("RenameUniqueThroughMap", "  b Int\n", "  a String @unique(map: \"a_once\")\n", "  a String @unique(map: \"a_key\")\n"),
      pair("DescendingIndex", ab, "  @@index([a, b])\n", "  @@index([a, b(sort: Desc)])\n"),
      pair("HashIndex", ab, "", "  @@index([a], type: Hash)\n"),
      pair("BTreeToHash", ab, "  @@index([a])\n", "  @@index([a], type: Hash)\n"),
      pair("GinIndexOnJson", "  data Json\n", "", "  @@index([data], type: Gin)\n"),
      pair("GinOperatorClass", "  data Json\n", "  @@index([data], type: Gin)\n",
           "  @@index([data(ops: JsonbPathOps)], type: Gin)\n"),
      pair("GinDefaultOperatorClass", "  data Json\n", "", "  @@index([data(ops: JsonbOps)], type: Gin)\n"),
      pair("GinIndexOnList", "  tags String[]\n", "", "  @@index([tags], type: Gin)\n"),
      pair("GistIndexOnInet", "  ip String @db.Inet\n", "", "  @@index([ip(ops: InetOps)], type: Gist)\n"),
      pair("BrinIndex", ab, "", "  @@index([b], type: Brin)\n"),
      pair("BrinOperatorClass", "  b Int\n", "  @@index([b(ops: Int4MinMaxOps)], type: Brin)\n",
           "  @@index([b(ops: Int4BloomOps)], type: Brin)\n"),
      pair("RawDefaultOperatorClass", ab, "", "  @@index([a(ops: raw(\"text_ops\"))])\n"),
      pair("RawOperatorClass", ab, "  @@index([a])\n", "  @@index([a(ops: raw(\"text_pattern_ops\"))])\n"),
      pair("SpGistTextIndex", ab, "", "  @@index([a], type: SpGist)\n"),
      pair("RenameCompoundUniqueThroughMap", ab, "  @@unique([a, b])\n", "  @@unique([a, b], map: \"a_b_once\")\n"),
      {"IndexOnARecreatedColumn", "model T {\n  id Int @id\n  a String\n  @@index([a])\n}\n",
       "model T {\n  id Int @id\n  a String[]\n  @@index([a])\n}\n"},
      {"IndexOnARetypedColumn", "model T {\n  id Int @id\n  a String @db.VarChar(20)\n  @@unique([a])\n}\n",
       "model T {\n  id Int @id\n  a String @db.VarChar(40)\n  @@unique([a])\n}\n", "INSERT INTO \"T\" VALUES (1, 'x')"},
  };
}

std::vector<Scenario> key_scenarios() {
  return {
      {"CompositePrimaryKey", "model T {\n  a Int @id\n  b Int\n}\n", "model T {\n  a Int\n  b Int\n  @@id([a, b])\n}\n",
       "INSERT INTO \"T\" VALUES (1, 2)"},
      {"CompositeToSingleKey", "model T {\n  a Int\n  b Int\n  @@id([a, b])\n}\n", "model T {\n  a Int @id\n  b Int\n}\n"},
      {"RenamePrimaryKey", "model T {\n  id Int @id(map: \"t_key\")\n}\n", "model T {\n  id Int @id(map: \"t_primary\")\n}\n"},
      {"RenameCompositeKey", "model T {\n  a Int\n  b Int\n  @@id([a, b])\n}\n",
       "model T {\n  a Int\n  b Int\n  @@id([a, b], map: \"t_ab\")\n}\n"},
      {"MovePrimaryKey", "model T {\n  id Int @id\n  code String\n}\n", "model T {\n  id Int\n  code String @id\n}\n"},
      {"IntKeyToUuid", "model T {\n  id Int @id @default(autoincrement())\n}\n",
       "model T {\n  id String @id @default(dbgenerated(\"gen_random_uuid()\")) @db.Uuid\n}\n"},
  };
}

constexpr const char* kUserWithPosts = "model User {\n  id Int @id\n  posts Post[]\n}\n";

std::string post(const std::string& relation, const std::string& author_type = "Int") {
  return "model Post {\n  id Int @id\n  authorId " + author_type + "\n  author User" + (author_type.ends_with("?") ? "?" : "") +
         " @relation(fields: [authorId], references: [id]" + relation + ")\n}\n";
}

std::vector<Scenario> relation_scenarios() {
  const std::string loose = std::string(kUserTable) + "model Post {\n  id Int @id\n  authorId Int\n}\n";
  const std::string tagged = "model Post {\n  id Int @id\n  tags Tag[]\n}\nmodel Tag {\n  id Int @id\n  posts Post[]\n}\n";
  const std::string untagged = "model Post {\n  id Int @id\n}\nmodel Tag {\n  id Int @id\n}\n";
  return {
      {"AddRelation", loose, kUserWithPosts + post("")},
      {"DropRelation", kUserWithPosts + post(""), loose, "INSERT INTO \"User\" VALUES (1); INSERT INTO \"Post\" VALUES (1, 1)"},
      {"ChangeOnDelete", kUserWithPosts + post("", "Int?"), kUserWithPosts + post(", onDelete: SetNull", "Int?")},
      {"ChangeOnUpdate", kUserWithPosts + post(", onDelete: Cascade"),
       kUserWithPosts + post(", onDelete: Cascade, onUpdate: NoAction")},
      {"RenameForeignKeyThroughMap", kUserWithPosts + post(""), kUserWithPosts + post(", map: \"post_author\"")},
      {"RelationToAnotherColumn", kUserWithPosts + post(""),
       std::string(kUserWithPosts) + "model Post {\n  id Int @id\n  authorId Int\n  writerId Int\n"
                        "  author User @relation(fields: [writerId], references: [id])\n}\n"},
      {"SelfRelation", "model Employee {\n  id Int @id\n  managerId Int?\n}\n",
       "model Employee {\n  id Int @id\n  managerId Int?\n  manager Employee? @relation(\"Manages\", fields: [managerId], "
       "references: [id])\n  reports Employee[] @relation(\"Manages\")\n}\n"},
      {"OneToOne", "model User {\n  id Int @id\n}\nmodel Profile {\n  id Int @id\n  userId Int\n}\n",
       "model User {\n  id Int @id\n  profile Profile?\n}\nmodel Profile {\n  id Int @id\n  userId Int @unique\n"
       "  user User @relation(fields: [userId], references: [id])\n}\n"},
      {"AddManyToMany", untagged, tagged},
      {"DropManyToMany", tagged, untagged,
       "INSERT INTO \"Post\" VALUES (1); INSERT INTO \"Tag\" VALUES (1); INSERT INTO \"_PostToTag\" VALUES (1, 1)"},
      {"DropReferencedTable", kUserWithPosts + post(""), "model Post {\n  id Int @id\n  authorId Int\n}\n",
       "INSERT INTO \"User\" VALUES (1); INSERT INTO \"Post\" VALUES (1, 1)"},
      {"RetypeReferencedKey", kUserWithPosts + post(""),
       "model User {\n  id BigInt @id\n  posts Post[]\n}\n" + post("", "BigInt")},
  };
}

std::vector<Scenario> multi_schema_scenarios() {
  const std::string ds = kMultiSchemaDatasource;
  const std::string user = "model User {\n  id Int @id\n  @@schema(\"public\")\n}\n";
  const std::string invoice = "model Invoice {\n  id Int @id\n  userId Int\n  @@schema(\"billing\")\n}\n";
  const std::string status = "enum Status {\n  OPEN\n  PAID\n  VOID\n  @@schema(\"billing\")\n}\n";
  const std::string status_without_void = "enum Status {\n  OPEN\n  PAID\n  @@schema(\"billing\")\n}\n";
  const std::string billed = "model Invoice {\n  id Int @id\n  status Status @default(OPEN)\n  @@schema(\"billing\")\n}\n";
  return {
      {"MultiSchemaAddTableInASecondSchema", ds + user, ds + user + invoice},
      {"MultiSchemaRelationAcrossSchemas", ds + user + invoice,
       ds + "model User {\n  id Int @id\n  invoices Invoice[]\n  @@schema(\"public\")\n}\n"
            "model Invoice {\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n"
            "  @@index([userId])\n  @@schema(\"billing\")\n}\n"},
      {"MultiSchemaMoveTable", ds + user + invoice,
       ds + user + "model Invoice {\n  id Int @id\n  userId Int\n  @@schema(\"public\")\n}\n"},
      {"MultiSchemaRemoveEnumValue", ds + user + status + billed, ds + user + status_without_void + billed,
       "INSERT INTO billing.\"Invoice\" VALUES (1, 'PAID')"},
      // The referenced table is dropped and created again in the other schema: its foreign key
      // is dropped first and added again after (Prisma's text keeps the key and cannot run).
      {"MultiSchemaMoveReferencedTable", ds + "model User {\n  id Int @id\n  invoices Invoice[]\n  @@schema(\"public\")\n}\n" +
           "model Invoice {\n  id Int @id\n  userId Int?\n  user User? @relation(fields: [userId], references: [id])\n"
           "  @@schema(\"public\")\n}\n",
       ds + "model User {\n  id Int @id\n  invoices Invoice[]\n  @@schema(\"billing\")\n}\n" +
           "model Invoice {\n  id Int @id\n  userId Int?\n  user User? @relation(fields: [userId], references: [id], "
           "map: \"invoice_user\")\n  @@schema(\"public\")\n}\n",
       "INSERT INTO \"Invoice\" VALUES (1, NULL)"},
      {"MultiSchemaAutoincrementDropped", ds + user + "model Invoice {\n  id Int @id @default(autoincrement())\n  @@schema(\"billing\")\n}\n",
       ds + user + "model Invoice {\n  id Int @id\n  @@schema(\"billing\")\n}\n"},
  };
}

std::vector<Scenario> all_scenarios() {
  std::vector<Scenario> out;
  for (auto group : {table_scenarios, default_scenarios, type_scenarios, list_scenarios, enum_scenarios,
                     index_scenarios, key_scenarios, relation_scenarios, multi_schema_scenarios}) {
    for (Scenario& scenario : group()) out.push_back(std::move(scenario));
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(Scenarios, DiffRoundTrip, ::testing::ValuesIn(all_scenarios()),
                         [](const ::testing::TestParamInfo<Scenario>& info) { return info.param.name; });

}  // namespace
}  // namespace qdb::test
