// `db pull` and `generate-types --from-db` as a user runs them, on databases built on the test
// server. The expected schemas in tests/golden/pull/<case>/expected.prisma are what Prisma 6.19's
// `prisma db pull --print` printed for the same schema.sql (tests/golden/pull/README.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"
#include "support/temp_dir.hpp"

namespace qdb::test {
namespace {

const std::filesystem::path kGolden = std::filesystem::path(QDB_SOURCE_DIR) / "tests" / "golden" / "pull";

// known_differences.txt: `<case>: <why qdb's schema differs from Prisma's>` per line.
std::map<std::string, std::string> known_differences() {
  std::map<std::string, std::string> out;
  std::ifstream in(kGolden / "known_differences.txt");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t colon = line.find(':');
    if (colon != std::string::npos) out[line.substr(0, colon)] = line.substr(colon + 1);
  }
  return out;
}

std::vector<std::string> golden_cases() {
  std::vector<std::string> cases;
  for (const auto& entry : std::filesystem::directory_iterator(kGolden)) {
    if (entry.is_directory()) cases.push_back(entry.path().filename().string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

ProcessResult qdb_on(const TestDatabase& db, const std::filesystem::path& cwd, const std::vector<std::string>& args) {
  ProcessOptions options;
  options.cwd = cwd;
  options.env["DATABASE_URL"] = db.url();
  return run_qdb(args, options);
}

TEST(PullCommand, PrintsWhatPrismaPullsForEveryGoldenCase) {
  if (server_url_or_skip().empty()) return;
  const std::vector<std::string> cases = golden_cases();
  ASSERT_GE(cases.size(), 14u);
  const std::map<std::string, std::string> known = known_differences();
  for (const std::string& name : cases) {
    SCOPED_TRACE(name);
    TestDatabase db;
    db.execute(read_file(kGolden / name / "schema.sql"));
    TempDir dir;  // no schema yet: the default datasource, unless the case brings its own
    if (std::filesystem::exists(kGolden / name / "datasource.prisma")) {
      dir.write("schema/schema.prisma", read_file(kGolden / name / "datasource.prisma"));
    }
    ProcessResult r = qdb_on(db, dir.path(), {"dev", "db", "pull", "--print"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string expected = read_file(kGolden / name / "expected.prisma");
    if (auto difference = known.find(name); difference != known.end()) {
      // A known difference that is gone must leave the list, so the list stays true.
      EXPECT_NE(r.out, expected) << name << " now matches Prisma: remove it from known_differences.txt";
    } else {
      EXPECT_EQ(r.out, expected);
    }
  }
}

TEST(PullCommand, WarnsAboutWhatTheSchemaLanguageCannotSay) {
  TestDatabase db;
  if (!db.ok()) return;
  db.execute(read_file(kGolden / "objects" / "schema.sql"));
  TempDir dir;
  ProcessResult r = qdb_on(db, dir.path(), {"dev", "db", "pull", "--print"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string prefix = "warning: not in the pulled schema (the schema language cannot say it): ";
  EXPECT_EQ(r.err, prefix + "check constraint \"price_positive\" on \"product\"\n" + prefix +
                       "index \"product_cheap_idx\" on \"product\" (an expression, a predicate, INCLUDE or NULLS NOT "
                       "DISTINCT)\n" +
                       prefix +
                       "index \"product_lower_name_idx\" on \"product\" (an expression, a predicate, INCLUDE or "
                       "NULLS NOT DISTINCT)\n" +
                       prefix + "view \"cheap_products\"\n");
}

TEST(PullCommand, KeepsTheDatasourceAndGeneratorsAndRefusesToReplaceModelsWithoutForce) {
  TestDatabase db;
  if (!db.ok()) return;
  db.execute("CREATE TABLE \"T\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"T_pkey\" PRIMARY KEY (\"id\"));");
  TempDir dir;
  const std::string config =
      "generator client {\n  provider = \"prisma-client-js\"\n}\n\n"
      "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n";
  const std::string old_schema = config + "\nmodel Old {\n  id Int @id\n}\n";
  dir.write("schema/schema.prisma", old_schema);
  const std::string pulled = config + "\nmodel T {\n  id Int @id\n}\n";

  ProcessResult refused = qdb_on(db, dir.path(), {"dev", "db", "pull"});
  EXPECT_EQ(refused.exit_code, 3) << refused.err;
  EXPECT_NE(refused.err.find("schema/schema.prisma has models already; nothing was written"), std::string::npos)
      << refused.err;
  EXPECT_EQ(read_file(dir.path() / "schema/schema.prisma"), old_schema);

  ProcessResult other = qdb_on(db, dir.path(), {"dev", "db", "pull", "-o", "pulled.prisma"});
  ASSERT_EQ(other.exit_code, 0) << other.err;
  EXPECT_EQ(read_file(dir.path() / "pulled.prisma"), pulled);
  EXPECT_EQ(other.out, "Wrote the database's schema to pulled.prisma\n");

  ProcessResult forced = qdb_on(db, dir.path(), {"dev", "db", "pull", "--force"});
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_EQ(read_file(dir.path() / "schema/schema.prisma"), pulled);
}

TEST(PullCommand, GenerateTypesFromTheDatabaseDescribesItsTables) {
  TestDatabase db;
  if (!db.ok()) return;
  Project project(true);
  ProcessResult migrated = qdb_on(db, project.root(), {"prod", "db", "migrate"});
  ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
  db.execute("CREATE TABLE \"extra\" (\"id\" BIGINT NOT NULL, \"note\" VARCHAR(20), "
             "CONSTRAINT \"extra_pkey\" PRIMARY KEY (\"id\"));");
  const std::string schema_before = project.read("schema/schema.prisma");

  ProcessResult from_db = qdb_on(db, project.root(), {"prod", "db", "generate-types", "--from-db"});
  ASSERT_EQ(from_db.exit_code, 0) << from_db.err;
  EXPECT_EQ(from_db.out, "Wrote generated/db-types.ts\n");
  const std::string types = project.read("generated/db-types.ts");
  EXPECT_EQ(types.rfind("// Generated by qdb from the database (generate-types --from-db).", 0), 0u) << types;
  // A table no migration made is there, as the database has it; the schema files are untouched.
  EXPECT_NE(types.find("export interface extra {\n  id: bigint;\n  note: string | null;\n}\n"), std::string::npos)
      << types;
  EXPECT_NE(types.find("export interface users {\n  id: number;\n  wallet: string;\n  settings: JsonValue | null;\n}\n"),
            std::string::npos)
      << types;
  EXPECT_EQ(project.read("schema/schema.prisma"), schema_before);
}

// The generated files without their first line, which names where they came from.
std::string without_header(const std::string& text) {
  const size_t end = text.find('\n');
  return end == std::string::npos ? "" : text.substr(end + 1);
}

// generate-types --from-db reads less of the catalog than db pull (no default texts, no objects
// but views: db::ReadScope): what it writes must still be exactly the types of the schema db pull
// writes, for every golden case, for both runtimes, with Kysely and C++.
TEST(PullCommand, GenerateTypesFromTheDatabaseWritesTheTypesOfThePulledSchema) {
  if (server_url_or_skip().empty()) return;
  const std::string outputs = "typescript = \"out/db-types.ts\"\nkysely = true\ncpp = \"out/db.hpp\"\n";
  for (const std::string& name : golden_cases()) {
    for (const char* runtime : {"prisma", "pg"}) {
      SCOPED_TRACE(name + " (" + runtime + ")");
      TestDatabase db;
      db.execute(read_file(kGolden / name / "schema.sql"));
      db.execute("CREATE TABLE \"generated_and_identity\" (\"id\" INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                 "\"n\" INT NOT NULL DEFAULT 2, \"twice\" INT GENERATED ALWAYS AS (\"n\" * 2) STORED, "
                 "\"serial\" SERIAL, \"at\" TIMESTAMP(3) NOT NULL DEFAULT now())");
      TempDir dir;
      if (std::filesystem::exists(kGolden / name / "datasource.prisma")) {
        dir.write("schema/schema.prisma", read_file(kGolden / name / "datasource.prisma"));
      }
      const std::string generate = std::string("[generate]\nruntime = \"") + runtime + "\"\n" + outputs;
      dir.write("qdb.toml", generate);
      ProcessResult from_db = qdb_on(db, dir.path(), {"dev", "db", "generate-types", "--from-db"});
      const std::string ts_from_db = from_db.exit_code == 0 ? read_file(dir.path() / "out/db-types.ts") : "";
      const std::string cpp_from_db = from_db.exit_code == 0 ? read_file(dir.path() / "out/db.hpp") : "";
      ASSERT_EQ(qdb_on(db, dir.path(), {"dev", "db", "pull", "-o", "pulled.prisma"}).exit_code, 0);
      dir.write("qdb.toml", "schema = \"pulled.prisma\"\n" + generate);
      ProcessResult from_schema = qdb_on(db, dir.path(), {"dev", "db", "generate-types"});
      // The same verdict: a pulled schema that does not validate (docs/pull.md) fails both ways.
      ASSERT_EQ(from_db.exit_code, from_schema.exit_code) << from_db.err << from_schema.err;
      if (from_schema.exit_code != 0) {
        EXPECT_EQ(from_db.exit_code, 4) << from_db.err;
        continue;
      }
      EXPECT_EQ(without_header(ts_from_db), without_header(read_file(dir.path() / "out/db-types.ts")));
      EXPECT_EQ(without_header(cpp_from_db), without_header(read_file(dir.path() / "out/db.hpp")));
      EXPECT_NE(ts_from_db.find("export interface generated_and_identityTable"), std::string::npos) << ts_from_db;
    }
  }
}

// migrate, pull, validate, diff: the pulled schema describes exactly the database it came from.
TEST(PullCommand, RoundTripOfTheRepositorysMigrationsAndHandWrittenTables) {
  TestDatabase db;
  if (!db.ok()) return;
  Project project(true);
  ProcessResult migrated = qdb_on(db, project.root(), {"prod", "db", "migrate"});
  ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
  for (const char* name : {"relations", "keys", "native_types", "join_tables", "defaults", "raw_defaults",
                           "hand_made_defaults"}) db.execute(read_file(kGolden / name / "schema.sql"));
  // Tables as Django makes them: identity keys, an index with an operator class, a deferrable
  // foreign key (identity columns are pulled as autoincrement() and must diff to nothing).
  db.execute(R"sql(
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
  "username" varchar(150) NOT NULL UNIQUE, "date_joined" timestamp with time zone NOT NULL);
CREATE INDEX "auth_user_username_6821ab7c_like" ON "auth_user" ("username" varchar_pattern_ops);
CREATE TABLE "blog_post" ("id" bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
  "number" integer GENERATED ALWAYS AS IDENTITY, "author_id" integer NOT NULL);
ALTER TABLE "blog_post" ADD CONSTRAINT "blog_post_author_id_dd7a8485_fk_auth_user_id" FOREIGN KEY ("author_id")
  REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "blog_post_author_id_dd7a8485" ON "blog_post" ("author_id");
)sql");

  ProcessResult pulled = qdb_on(db, project.root(), {"dev", "db", "pull", "--print"});
  ASSERT_EQ(pulled.exit_code, 0) << pulled.err;
  EXPECT_EQ(pulled.err, "");
  project.write("pulled/schema.prisma", pulled.out);
  project.write("qdb.toml", "schema = \"pulled/schema.prisma\"\n");

  ProcessResult valid = qdb_on(db, project.root(), {"dev", "db", "validate"});
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
  ProcessResult diff = qdb_on(db, project.root(),
                              {"dev", "db", "diff", "--from-url", db.url(), "--to-schema", "pulled/schema.prisma"});
  EXPECT_EQ(diff.exit_code, 0) << diff.err;
  EXPECT_EQ(diff.out, "No difference detected.\n");
}

// With a multiSchema datasource: pull --force writes the file in place, with @@schema, and the
// result describes the database.
TEST(PullCommand, RoundTripOfAMultiSchemaDatabase) {
  TestDatabase db;
  if (!db.ok()) return;
  db.execute(read_file(kGolden / "multi_schema" / "schema.sql"));
  TempDir dir;
  dir.write("schema/schema.prisma", read_file(kGolden / "multi_schema" / "datasource.prisma"));
  ProcessResult pulled = qdb_on(db, dir.path(), {"dev", "db", "pull", "--force"});
  ASSERT_EQ(pulled.exit_code, 0) << pulled.err;
  EXPECT_EQ(read_file(dir.path() / "schema/schema.prisma"), read_file(kGolden / "multi_schema" / "expected.prisma"));
  ProcessResult valid = qdb_on(db, dir.path(), {"dev", "db", "validate"});
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
  ProcessResult diff =
      qdb_on(db, dir.path(), {"dev", "db", "diff", "--from-url", db.url(), "--to-schema", "schema/schema.prisma"});
  EXPECT_EQ(diff.exit_code, 0) << diff.err;
  EXPECT_EQ(diff.out, "No difference detected.\n");
}

}  // namespace
}  // namespace qdb::test
