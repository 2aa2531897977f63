// Every command's --json document, on success and on failure, against the shape that
// docs/json-output.md documents: the envelope (command, profile, ok, exit_code, duration_ms,
// database, error) first, always, then the command's own fields, and nothing else on stdout.
#include <gtest/gtest.h>

#include "support/json_envelope.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kInit = "20250101000000_init";
constexpr const char* kIndexes = "20250101000100_hot_query_indexes";
// Nothing listens on port 1: a connection error without waiting.
constexpr const char* kClosedUrl = "postgresql://app:Sup3r-S3cret-Value@127.0.0.1:1/app";
constexpr const char* kValidSchema =
    "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
    "model User {\n  id   Int    @id\n  name String\n}\n";
constexpr const char* kBrokenSchema =
    "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
    "model User {\n  id   Int    @id\n  name Strin\n}\n";

class JsonOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
    redacted_ = settings_from_url(db_.url()).redacted_url;
  }
  ProcessResult qdb(const Project& project, std::vector<std::string> args, const std::string& url = "") {
    args.push_back("--json");
    args.push_back("--url");
    args.push_back(url.empty() ? db_.url() : url);
    return run_in(project, args);
  }
  ProcessResult run_in(const Project& project, const std::vector<std::string>& args) {
    ProcessOptions options;
    options.cwd = project.root();
    options.env["DATABASE_URL"] = std::nullopt;
    options.env["NODE_ENV"] = std::nullopt;
    ProcessResult r = run_qdb(args, options);
    EXPECT_EQ(r.out.find("Sup3r-S3cret-Value"), std::string::npos) << r.out;
    return r;
  }
  // Makes the schema of `project` one file, schema.prisma, with TypeScript output.
  static void use_schema(const Project& project, const std::string& schema) {
    project.write("qdb.toml", "schema = \"schema.prisma\"\n\n[generate]\ntypescript = \"generated/types.ts\"\n");
    project.write("schema.prisma", schema);
  }
  TestDatabase db_;
  std::string redacted_;
};

// Exactly the names, in order, of a list of {name, ...} objects.
std::vector<std::string> names(const Json& list) {
  std::vector<std::string> out;
  for (const Json& item : list) out.push_back(item.is_string() ? item.get<std::string>() : item.at("name").get<std::string>());
  return out;
}

TEST_F(JsonOutputTest, MigrateApplied) {
  Project project(true);
  Json doc = expect_envelope(qdb(project, {"prod", "db", "migrate"}),
                             {"migrate", "prod", 0, redacted_, "public", std::nullopt,
                              {"dry_run", "applied", "would_apply", "already_applied", "warnings"}});
  EXPECT_EQ(doc["dry_run"], false);
  EXPECT_EQ(names(doc["applied"]), (std::vector<std::string>{kInit, kIndexes}));
  for (const Json& item : doc["applied"]) {
    EXPECT_TRUE(item["duration_ms"].is_number_integer()) << item;
    EXPECT_EQ(item["transactional"], true);
  }
  EXPECT_EQ(doc["would_apply"], Json::array());
  EXPECT_EQ(doc["already_applied"], 0);
  EXPECT_EQ(doc["warnings"], Json::array());
}

TEST_F(JsonOutputTest, MigrateFailedListsWhatItAppliedFirst) {
  Project project;
  project.add_migration("001_first", "CREATE TABLE first (id int);\n");
  project.add_migration("002_broken", "CREATE TABLE second (id int);\nSELECT * FROM  missing_table;\n");
  Json doc = expect_envelope(qdb(project, {"prod", "db", "migrate"}),
                             {"migrate", "prod", 8, redacted_, "public", "migration_failed", {"dry_run", "applied"}});
  EXPECT_EQ(names(doc["applied"]), std::vector<std::string>{"001_first"});
  EXPECT_EQ(doc["applied"][0]["transactional"], true);
  const Json& error = doc["error"];
  EXPECT_EQ(error["message"], "migration 002_broken failed at migrations/002_broken/migration.sql:2:16: relation "
                              "\"missing_table\" does not exist");
  EXPECT_EQ(error["file"], "migrations/002_broken/migration.sql");
  EXPECT_EQ(error["line"], 2);
  EXPECT_EQ(error["column"], 16);
  EXPECT_EQ(error["sqlstate"], "42P01");
  EXPECT_NE(error["detail"].get<std::string>().find("ERROR 42P01"), std::string::npos) << error;
}

TEST_F(JsonOutputTest, MigrateDryRun) {
  Project project(true);
  Json doc = expect_envelope(qdb(project, {"prod", "db", "migrate", "--dry-run"}),
                             {"migrate", "prod", 0, redacted_, "public", std::nullopt,
                              {"dry_run", "applied", "would_apply", "already_applied", "warnings"}});
  EXPECT_EQ(doc["dry_run"], true);
  EXPECT_EQ(doc["applied"], Json::array());
  EXPECT_EQ(doc["would_apply"], (Json{kInit, kIndexes}));
}

TEST_F(JsonOutputTest, StatusUpToDateAndPending) {
  Project project(true);
  const std::vector<std::string> fields = {"up_to_date",   "history_table",  "applied",        "pending",
                                           "failed",       "edited",         "missing",        "out_of_order",
                                           "drift",        "schema_checked", "schema_changes", "database_drift"};
  Json pending = expect_envelope(qdb(project, {"prod", "db", "status"}),
                                 {"status", "prod", 12, redacted_, "public", std::nullopt, fields});
  EXPECT_EQ(pending["up_to_date"], false);
  EXPECT_EQ(pending["history_table"], false);
  EXPECT_EQ(pending["pending"], (Json{kInit, kIndexes}));

  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  Json ok = expect_envelope(qdb(project, {"prod", "db", "status"}),
                            {"status", "prod", 0, redacted_, "public", std::nullopt, fields});
  EXPECT_EQ(ok["up_to_date"], true);
  EXPECT_EQ(ok["applied"], (Json{kInit, kIndexes}));
  EXPECT_EQ(ok["pending"], Json::array());
}

TEST_F(JsonOutputTest, StatusCannotConnect) {
  Project project(true);
  Json doc = expect_envelope(qdb(project, {"prod", "db", "status"}, kClosedUrl),
                             {"status", "prod", 6, settings_from_url(kClosedUrl).redacted_url, "public",
                              "connection", {}});
  EXPECT_EQ(doc["database"]["url"], "postgresql://app:****@127.0.0.1:1/app");
}

TEST_F(JsonOutputTest, ValidateValidAndInvalid) {
  Project valid;
  use_schema(valid, kValidSchema);
  Json ok = expect_envelope(run_in(valid, {"--json", "prod", "db", "validate"}),
                            {"validate", "prod", 0, std::nullopt, std::nullopt, std::nullopt,
                             {"schema_path", "diagnostics", "models", "enums"}});
  EXPECT_EQ(ok["schema_path"], "schema.prisma");
  EXPECT_EQ(ok["diagnostics"], Json::array());
  EXPECT_EQ(ok["models"], 1);
  EXPECT_EQ(ok["enums"], 0);

  Project invalid;
  use_schema(invalid, kBrokenSchema);
  Json bad = expect_envelope(run_in(invalid, {"--json", "prod", "db", "validate"}),
                             {"validate", "prod", 4, std::nullopt, std::nullopt, "schema", {"schema_path", "diagnostics"}});
  ASSERT_EQ(bad["diagnostics"].size(), 1u) << bad;
  EXPECT_EQ(bad["diagnostics"][0], (Json{{"file", "schema.prisma"},
                                         {"line", 8},
                                         {"column", 8},
                                         {"severity", "error"},
                                         {"message", "unknown type \"Strin\": not a built-in type, model or enum"}}));
  EXPECT_EQ(bad["error"]["message"], "the schema at schema.prisma is not valid");
  EXPECT_EQ(bad["error"]["file"], "schema.prisma");
  EXPECT_EQ(bad["error"]["line"], 8);
  EXPECT_EQ(bad["error"]["column"], 8);
}

TEST_F(JsonOutputTest, FormatCheckedAndInvalid) {
  Project tidy;
  use_schema(tidy, kValidSchema);
  Json ok = expect_envelope(run_in(tidy, {"--json", "prod", "db", "format", "--check"}),
                            {"format", "prod", 0, std::nullopt, std::nullopt, std::nullopt,
                             {"check", "schema_path", "diagnostics", "files"}});
  EXPECT_EQ(ok["check"], true);
  EXPECT_EQ(ok["files"], (Json::array({{{"path", "schema.prisma"}, {"status", "unchanged"}}})));

  Project invalid;
  use_schema(invalid, kBrokenSchema);
  Json bad = expect_envelope(run_in(invalid, {"--json", "prod", "db", "format"}),
                             {"format", "prod", 4, std::nullopt, std::nullopt, "schema",
                              {"check", "schema_path", "diagnostics"}});
  EXPECT_EQ(bad["error"]["message"], "the schema at schema.prisma is not valid; nothing was formatted");
  EXPECT_EQ(bad["diagnostics"].size(), 1u) << bad;
}

TEST_F(JsonOutputTest, GenerateTypesWrittenStaleAndInvalid) {
  Project project;
  use_schema(project, kValidSchema);
  const std::vector<std::string> fields = {"check", "schema_path", "diagnostics", "files", "migrations_checked",
                                           "schema_changes"};
  Json stale = expect_envelope(run_in(project, {"--json", "prod", "db", "generate-types", "--check"}),
                               {"generate-types", "prod", 15, std::nullopt, std::nullopt, std::nullopt, fields});
  EXPECT_EQ(stale["files"], (Json::array({{{"path", "generated/types.ts"}, {"status", "missing"}}})));

  Json written = expect_envelope(run_in(project, {"--json", "prod", "db", "generate-types"}),
                                 {"generate-types", "prod", 0, std::nullopt, std::nullopt, std::nullopt, fields});
  EXPECT_EQ(written["check"], false);
  EXPECT_EQ(written["files"], (Json::array({{{"path", "generated/types.ts"}, {"status", "written"}}})));

  Project invalid;
  use_schema(invalid, kBrokenSchema);
  Json bad = expect_envelope(run_in(invalid, {"--json", "prod", "db", "generate-types"}),
                             {"generate-types", "prod", 4, std::nullopt, std::nullopt, "schema",
                              {"check", "schema_path", "diagnostics"}});
  EXPECT_EQ(bad["diagnostics"][0]["message"], "unknown type \"Strin\": not a built-in type, model or enum");
  EXPECT_EQ(bad["error"]["line"], 8);
}

TEST_F(JsonOutputTest, DiffFoundAndInvalid) {
  Project project;
  project.write("before.prisma", std::string(kValidSchema));
  project.write("after.prisma", std::string(kValidSchema) + "\nmodel Post {\n  id Int @id\n}\n");
  const std::vector<std::string> fields = {"from", "to", "empty", "changes", "warnings", "script", "summary"};
  Json found = expect_envelope(run_in(project, {"--json", "dev", "db", "diff", "--from-schema", "before.prisma",
                                                "--to-schema", "after.prisma", "--exit-code"}),
                               {"diff", "dev", 16, std::nullopt, std::nullopt, std::nullopt, fields});
  EXPECT_EQ(found["from"], "schema before.prisma");
  EXPECT_EQ(found["empty"], false);
  ASSERT_EQ(found["changes"].size(), 1u) << found;
  EXPECT_EQ(found["changes"][0]["step"], "CreateTable");
  EXPECT_EQ(found["error"], Json());

  Json same = expect_envelope(run_in(project, {"--json", "dev", "db", "diff", "--from-schema", "before.prisma",
                                               "--to-schema", "before.prisma", "--exit-code"}),
                              {"diff", "dev", 0, std::nullopt, std::nullopt, std::nullopt, fields});
  EXPECT_EQ(same["empty"], true);
  EXPECT_EQ(same["changes"], Json::array());

  project.write("broken.prisma", kBrokenSchema);
  Json bad = expect_envelope(run_in(project, {"--json", "dev", "db", "diff", "--from-empty", "--to-schema",
                                              "broken.prisma"}),
                             {"diff", "dev", 4, std::nullopt, std::nullopt, "schema", {}});
  EXPECT_EQ(bad["error"]["file"], "broken.prisma");
}

TEST_F(JsonOutputTest, DiagramDrawnAndInvalid) {
  Project project;
  use_schema(project, kValidSchema);
  Json doc = expect_envelope(run_in(project, {"--json", "prod", "db", "diagram"}),
                             {"diagram", "prod", 0, std::nullopt, std::nullopt, std::nullopt,
                              {"schema_path", "diagnostics", "format", "diagram", "tables", "relationships"}});
  EXPECT_EQ(doc["format"], "mermaid");
  EXPECT_NE(doc["diagram"].get<std::string>().find("erDiagram"), std::string::npos) << doc;
  EXPECT_EQ(doc["tables"], 1);
  EXPECT_EQ(doc["relationships"], 0);

  Project invalid;
  use_schema(invalid, kBrokenSchema);
  Json bad = expect_envelope(run_in(invalid, {"--json", "prod", "db", "diagram"}),
                             {"diagram", "prod", 4, std::nullopt, std::nullopt, "schema", {"schema_path", "diagnostics"}});
  EXPECT_EQ(bad["error"]["message"], "the schema at schema.prisma is not valid; nothing was drawn");
  EXPECT_EQ(bad["diagnostics"].size(), 1u) << bad;
}

TEST_F(JsonOutputTest, ResetDoneAndRefused) {
  Project project(true);
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  Json doc = expect_envelope(qdb(project, {"dev", "db", "reset", "--force", "--skip-generate"}),
                             {"reset", "dev", 0, redacted_, "public", std::nullopt, {"dropped", "applied", "seed", "atomic"}});
  EXPECT_EQ(doc["dropped"], (Json{"table \"_prisma_migrations\"", "table \"notifications\"", "table \"settings\"",
                                  "table \"users\"", "table \"worker_jobs\""}));
  EXPECT_EQ(names(doc["applied"]), (std::vector<std::string>{kInit, kIndexes}));
  EXPECT_EQ(doc["seed"], nullptr);
  EXPECT_EQ(doc["atomic"], true);

  // Refused before anything is read or connected to: no database in the document.
  expect_envelope(qdb(project, {"prod", "db", "reset", "--force"}),
                  {"reset", "prod", 10, std::nullopt, std::nullopt, "refused", {}});
}

TEST_F(JsonOutputTest, ResolveRecordedAndUnknownMigration) {
  Project project;
  project.add_migration("001_first", "CREATE TABLE first (id int);\n");
  Json doc = expect_envelope(qdb(project, {"prod", "db", "resolve", "--applied", "001_first"}),
                             {"resolve", "prod", 0, redacted_, "public", std::nullopt,
                              {"migration", "resolved_as", "rows_rolled_back"}});
  EXPECT_EQ(doc["migration"], "001_first");
  EXPECT_EQ(doc["resolved_as"], "applied");
  EXPECT_EQ(doc["rows_rolled_back"], 0);

  Json bad = expect_envelope(qdb(project, {"prod", "db", "resolve", "--rolled-back", "002_nope"}),
                             {"resolve", "prod", 2, std::nullopt, std::nullopt, "usage", {"migration", "resolved_as"}});
  EXPECT_EQ(bad["resolved_as"], "rolled_back");
}

TEST_F(JsonOutputTest, WaitReadyAndUnreachable) {
  Project project;
  Json doc = expect_envelope(qdb(project, {"prod", "db", "wait"}),
                             {"wait", "prod", 0, redacted_, "public", std::nullopt,
                              {"database_exists", "attempts", "waited_seconds"}});
  EXPECT_EQ(doc["database_exists"], true);
  EXPECT_EQ(doc["attempts"], 1);

  expect_envelope(qdb(project, {"prod", "db", "wait", "--timeout", "0"}, kClosedUrl),
                  {"wait", "prod", 6, settings_from_url(kClosedUrl).redacted_url, "public", "connection", {}});
}

TEST_F(JsonOutputTest, UrlWithoutALocalServer) {
  Project project;
  Json doc = expect_envelope(run_in(project, {"--json", "dev", "db", "url"}),
                             {"url", "dev", 6, std::nullopt, std::nullopt, "connection", {}});
  EXPECT_EQ(doc["error"]["message"], "the local PostgreSQL server is not running");
  EXPECT_EQ(doc["error"]["hint"], "start it with `qdb dev db start`");
  EXPECT_EQ(doc["error"]["detail"], nullptr);
}

TEST_F(JsonOutputTest, UsageErrorsNameWhatTheCommandLineDid) {
  Project project;
  expect_envelope(run_in(project, {"--json", "prod", "db", "migrat"}),
                  {std::nullopt, "prod", 2, std::nullopt, std::nullopt, "usage", {}});
  // An unknown profile is null; the command it was asked for is still named.
  expect_envelope(run_in(project, {"--json", "prd", "db", "status"}),
                  {"status", std::nullopt, 2, std::nullopt, std::nullopt, "usage", {}});
  expect_envelope(run_in(project, {"--json", "prod", "db", "status", "--bogus"}),
                  {"status", "prod", 2, std::nullopt, std::nullopt, "usage", {}});
}

TEST_F(JsonOutputTest, BrokenQdbTomlIsAConfigErrorWithDiagnostics) {
  Project project;
  project.write("qdb.toml", "[database]\nlock_timeout = \"soon\"\n");
  Json doc = expect_envelope(run_in(project, {"--json", "prod", "db", "status"}),
                             {"status", "prod", 3, std::nullopt, std::nullopt, "config", {"diagnostics"}});
  ASSERT_EQ(doc["diagnostics"].size(), 1u) << doc;
  EXPECT_EQ(doc["diagnostics"][0]["file"], "qdb.toml");
  EXPECT_EQ(doc["diagnostics"][0]["line"], 2);
  EXPECT_EQ(doc["error"]["file"], "qdb.toml");
  EXPECT_EQ(doc["error"]["line"], 2);
}

}  // namespace
}  // namespace qdb::test
