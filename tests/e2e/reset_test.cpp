// `qdb <profile> db reset` and the profile guard, against a real server.
#include <gtest/gtest.h>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

constexpr const char* kExtras =
    "INSERT INTO users (wallet) VALUES ('0xabc'), ('0xdef');\n"
    "INSERT INTO settings (key, value) VALUES ('theme', 'dark');\n"
    "CREATE VIEW wallets AS SELECT wallet FROM users;\n"
    "CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users;\n"
    "CREATE FUNCTION answer(x int) RETURNS int LANGUAGE sql AS 'SELECT 42 + x';\n"
    "CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1';\n"
    "CREATE TYPE mood AS ENUM ('happy', 'sad');\n"
    "CREATE DOMAIN positive AS int CHECK (VALUE > 0);\n"
    "CREATE TYPE pair AS (a int, b int);\n"
    "CREATE SEQUENCE ticket_numbers;\n"
    "CREATE TABLE scratch (id int GENERATED ALWAYS AS IDENTITY, m mood, p positive);\n"
    "CREATE SCHEMA other;\n"
    "CREATE TABLE other.keep (id int);\n"
    "INSERT INTO other.keep VALUES (1), (2), (3);\n"
    "CREATE FUNCTION other.kept() RETURNS int LANGUAGE sql AS 'SELECT 1';\n";

// Every relation, column, routine and type of the database outside the system schemas.
constexpr const char* kSchemaDump =
    "SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text || ':' || "
    "coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum) "
    "FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '') "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') "
    "UNION ALL SELECT 'routine ' || p.oid::regprocedure::text FROM pg_proc p "
    "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "UNION ALL SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1";

constexpr const char* kRowCounts =
    "SELECT (SELECT count(*) FROM users) || '/' || (SELECT count(*) FROM settings) || '/' || "
    "(SELECT count(*) FROM _prisma_migrations) || '/' || (SELECT count(*) FROM other.keep) || '/' || "
    "(SELECT string_agg(id, ',' ORDER BY id) FROM _prisma_migrations)";

class ResetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessResult qdb(const Project& project, std::vector<std::string> args, const std::string& stdin_text = {},
                    const std::string& url = {}) {
    args.push_back("--url");
    args.push_back(url.empty() ? db_.url() : url);
    ProcessOptions options;
    options.cwd = project.root();
    options.env["DATABASE_URL"] = std::nullopt;
    options.stdin_text = stdin_text;
    return run_qdb(args, options);
  }
  // The built-in migrations applied, then data and objects the migrations know nothing about.
  void populate(const Project& project) {
    ProcessResult r = qdb(project, {"dev", "db", "migrate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    db_.execute(kExtras);
  }
  std::vector<std::string> public_objects() {
    return db_.rows(
        "SELECT c.relkind::text || ' ' || c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
        "AND c.relkind IN ('r', 'v', 'm', 'S', 'c', 'f', 'p') "
        "UNION ALL SELECT 'proc ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
        "UNION ALL SELECT 'type ' || typname FROM pg_type WHERE typnamespace = 'public'::regnamespace "
        "AND typtype IN ('e', 'd') ORDER BY 1");
  }
  TestDatabase db_;
};

TEST_F(ResetTest, ProdRefusesAndChangesNothing) {
  Project project(true);
  populate(project);
  std::vector<std::string> dump = db_.rows(kSchemaDump);
  std::string counts = db_.value(kRowCounts);
  ProcessResult r = qdb(project, {"prod", "db", "reset", "--force"});
  EXPECT_EQ(r.exit_code, 10) << r.err;
  EXPECT_EQ(r.err,
            "error: `qdb prod db reset` is destructive, and profile \"prod\" does not allow destructive commands "
            "(allow_destructive = false)\n"
            "hint: run it in a development profile (`qdb dev db reset`); a profile allows it only with "
            "allow_destructive = true in its [profiles.prod] table of qdb.toml\n");
  EXPECT_EQ(db_.rows(kSchemaDump), dump);
  EXPECT_EQ(db_.value(kRowCounts), counts);
}

TEST_F(ResetTest, ProfileExtendingProdIsRefusedUnlessItAllowsDestructive) {
  Project project(true);
  project.write("qdb.toml",
                "[profiles.staging]\nextends = \"prod\"\n\n"
                "[profiles.sandbox]\nextends = \"prod\"\nallow_destructive = true\n");
  populate(project);
  std::vector<std::string> dump = db_.rows(kSchemaDump);
  std::string counts = db_.value(kRowCounts);
  ProcessResult staging = qdb(project, {"--json", "staging", "db", "reset", "--force"});
  EXPECT_EQ(staging.exit_code, 10) << staging.err;
  EXPECT_NE(staging.err.find("error: `qdb staging db reset` is destructive, and profile \"staging\" does not allow"),
            std::string::npos)
      << staging.err;
  EXPECT_NE(staging.out.find("\"kind\": \"refused\""), std::string::npos) << staging.out;
  EXPECT_EQ(db_.rows(kSchemaDump), dump);
  EXPECT_EQ(db_.value(kRowCounts), counts);

  ProcessResult sandbox = qdb(project, {"sandbox", "db", "reset", "--force"});
  EXPECT_EQ(sandbox.exit_code, 0) << sandbox.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM users"), "0");
}

TEST_F(ResetTest, DevResetRebuildsTheTargetSchemaOnly) {
  Project project(true);
  populate(project);
  std::vector<std::string> old_ids = db_.rows("SELECT id FROM _prisma_migrations ORDER BY id");
  ProcessResult r = qdb(project, {"--json", "dev", "db", "reset", "--force"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Reset database " + settings_from_url(db_.url()).redacted_url +
                       ", schema \"public\": dropped 14 object(s)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("Reset complete: applied 2 migration(s) in"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"command\": \"reset\""), std::string::npos) << r.out;
  EXPECT_EQ(public_objects(),
            (std::vector<std::string>{"S notifications_id_seq", "S settings_id_seq", "S users_id_seq",
                                      "S worker_jobs_id_seq", "r _prisma_migrations", "r notifications", "r settings",
                                      "r users", "r worker_jobs"}));
  EXPECT_EQ(db_.value("SELECT count(*) FROM users") + db_.value("SELECT count(*) FROM settings"), "00");
  EXPECT_EQ(db_.rows("SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NULL FROM _prisma_migrations "
                     "ORDER BY migration_name"),
            (std::vector<std::string>{"20250101000000_init|t|t", "20250101000100_hot_query_indexes|t|t"}));
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations WHERE id IN ('" + old_ids[0] + "', '" + old_ids[1] +
                      "')"),
            "0");
  EXPECT_EQ(db_.value("SELECT string_agg(id::text, ',' ORDER BY id) FROM other.keep"), "1,2,3");
  EXPECT_EQ(db_.value("SELECT other.kept()"), "1");
}

TEST_F(ResetTest, KeepsTheSchemaWithItsOwnerAndGrants) {
  Project project;
  project.add_migration("001_app", "CREATE TABLE app_things (id int);\n");
  db_.execute("CREATE SCHEMA app; CREATE ROLE qdb_reset_reader_" + db_.name() +
              " NOLOGIN; GRANT USAGE ON SCHEMA app TO qdb_reset_reader_" + db_.name() +
              "; CREATE TABLE app.stale (id int);");
  ProcessResult r = qdb(project, {"dev", "db", "reset", "--force"}, {}, db_.url("schema=app"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db_.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'app' ORDER BY 1"),
            (std::vector<std::string>{"_prisma_migrations", "app_things"}));
  EXPECT_EQ(db_.value("SELECT has_schema_privilege('qdb_reset_reader_" + db_.name() + "', 'app', 'USAGE')"), "t");
  db_.execute("REVOKE ALL ON SCHEMA app FROM qdb_reset_reader_" + db_.name() + "; DROP ROLE qdb_reset_reader_" +
              db_.name());
}

TEST_F(ResetTest, WithoutATerminalAndWithoutForceItRefuses) {
  Project project(true);
  populate(project);
  std::vector<std::string> dump = db_.rows(kSchemaDump);
  std::string counts = db_.value(kRowCounts);
  ProcessResult r = qdb(project, {"dev", "db", "reset"}, "y\n");
  EXPECT_EQ(r.exit_code, 11) << r.err;
  EXPECT_EQ(r.err,
            "error: reset needs confirmation and standard input is not a terminal; nothing was changed\n"
            "hint: pass --force to reset database " + settings_from_url(db_.url()).redacted_url +
                ", schema \"public\" without asking\n");
  EXPECT_EQ(db_.rows(kSchemaDump), dump);
  EXPECT_EQ(db_.value(kRowCounts), counts);
}

TEST_F(ResetTest, AtATerminalItAsksAndOnlyYesProceeds) {
  Project project(true);
  populate(project);
  ProcessOptions options;
  options.cwd = project.root();
  options.env["NO_COLOR"] = "1";
  options.timeout_seconds = 60;
  const std::string prompt = "All data will be lost. [y/N] ";
  ProcessResult declined =
      run_in_terminal(QDB_BINARY, {"dev", "db", "reset", "--url", db_.url()}, options, prompt, "n");
  EXPECT_EQ(declined.exit_code, 11) << declined.out;
  EXPECT_NE(declined.out.find("Reset database postgresql://postgres:****@"), std::string::npos) << declined.out;
  EXPECT_NE(declined.out.find("error: reset declined; nothing was changed"), std::string::npos) << declined.out;
  EXPECT_EQ(db_.value("SELECT count(*) FROM users"), "2");

  ProcessResult accepted =
      run_in_terminal(QDB_BINARY, {"dev", "db", "reset", "--url", db_.url()}, options, prompt, "y");
  EXPECT_EQ(accepted.exit_code, 0) << accepted.out;
  EXPECT_EQ(db_.value("SELECT count(*) FROM users"), "0");
}

TEST_F(ResetTest, RunsTheSqlSeedInOneTransaction) {
  Project project(true);
  project.write("qdb.toml", "[seed]\nsql = \"seed/seed.sql\"\n");
  project.write("seed/seed.sql", "INSERT INTO users (wallet) VALUES ('0xseed');\n");
  ProcessResult r = qdb(project, {"dev", "db", "reset", "--force"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Seeding with seed/seed.sql ...\n"), std::string::npos) << r.err;
  EXPECT_EQ(db_.rows("SELECT wallet FROM users"), std::vector<std::string>{"0xseed"});

  project.write("seed/seed.sql", "INSERT INTO users (wallet) VALUES ('0xhalf');\nINSERT INTO nowhere VALUES (1);\n");
  ProcessResult broken = qdb(project, {"dev", "db", "reset", "--force"});
  EXPECT_EQ(broken.exit_code, 8) << broken.err;
  EXPECT_NE(broken.err.find("error: the seed failed at seed/seed.sql:2:13: relation \"nowhere\" does not exist"),
            std::string::npos)
      << broken.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM users"), "0");
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations"), "2");
}

TEST_F(ResetTest, RegeneratesTheTypesUnlessToldNotTo) {
  Project project(true);
  project.write("qdb.toml", "[generate]\ntypescript = \"src/db.ts\"\n");
  ProcessResult skipped = qdb(project, {"dev", "db", "reset", "--force", "--skip-generate"});
  ASSERT_EQ(skipped.exit_code, 0) << skipped.err;
  EXPECT_FALSE(std::filesystem::exists(project.root() / "src" / "db.ts"));
  ProcessResult r = qdb(project, {"dev", "db", "reset", "--force"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Wrote src/db.ts\n"), std::string::npos) << r.err;
  EXPECT_NE(project.read("src/db.ts").find("export interface WorkerJob {"), std::string::npos);
}

TEST_F(ResetTest, RunsTheSeedCommandWithTheDatabaseUrl) {
  Project project(true);
  project.write("qdb.toml", "[seed]\ncommand = \"printf '%s' \\\"$DATABASE_URL\\\" > seen-url.txt\"\n");
  ProcessResult r = qdb(project, {"dev", "db", "reset", "--force"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(project.read("seen-url.txt"), db_.url());

  project.write("qdb.toml", "[seed]\ncommand = \"exit 3\"\n");
  ProcessResult failing = qdb(project, {"dev", "db", "reset", "--force"});
  EXPECT_EQ(failing.exit_code, 8) << failing.err;
  EXPECT_NE(failing.err.find("error: the seed command `exit 3` exited with status 3"), std::string::npos)
      << failing.err;
}

TEST_F(ResetTest, AMissingSeedFileStopsBeforeAnythingIsDropped) {
  Project project(true);
  populate(project);
  project.write("qdb.toml", "[seed]\nsql = \"seed.sql\"\n");
  std::string counts = db_.value(kRowCounts);
  ProcessResult r = qdb(project, {"dev", "db", "reset", "--force"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("error: [seed] sql = \"seed.sql\": cannot read "), std::string::npos) << r.err;
  EXPECT_EQ(db_.value(kRowCounts), counts);
}

}  // namespace
}  // namespace qdb::test
