// `qdb <profile> db reset` and the profile guard, against a real server.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <thread>

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

  const std::vector<std::string> ids = db_.rows("SELECT id FROM _prisma_migrations ORDER BY id");
  project.write("seed/seed.sql", "INSERT INTO users (wallet) VALUES ('0xhalf');\nINSERT INTO nowhere VALUES (1);\n");
  ProcessResult broken = qdb(project, {"dev", "db", "reset", "--force"});
  EXPECT_EQ(broken.exit_code, 8) << broken.err;
  EXPECT_NE(broken.err.find("error: the seed failed at seed/seed.sql:2:13: relation \"nowhere\" does not exist"),
            std::string::npos)
      << broken.err;
  // The seed ran in the reset's one transaction: everything is as it was before this reset.
  EXPECT_EQ(db_.rows("SELECT wallet FROM users"), std::vector<std::string>{"0xseed"});
  EXPECT_EQ(db_.rows("SELECT id FROM _prisma_migrations ORDER BY id"), ids);
}

TEST_F(ResetTest, RegeneratesTheTypesUnlessToldNotTo) {
  Project project(true);
  project.write("qdb.toml", "[generate]\ntypescript = \"src/db.ts\"\n");
  ProcessResult skipped = qdb(project, {"dev", "db", "reset", "--force", "--skip-generate"});
  ASSERT_EQ(skipped.exit_code, 0) << skipped.err;
  EXPECT_FALSE(std::filesystem::exists(project.root() / "src" / "db.ts"));
  ProcessResult r = qdb(project, {"dev", "db", "reset", "--force"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Wrote src/db.ts\n"), std::string::npos) << r.out;
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

// Every migration can run in a transaction: emptying, replay and seed are one, and a failure
// anywhere leaves the database exactly as it was.
TEST_F(ResetTest, AMigrationFailingInTheMiddleOfTheReplayLeavesThePreResetTablesAndRows) {
  Project project(true);
  populate(project);
  // Sorts between the two built-in migrations: the first is replayed before it fails.
  project.add_migration("20250101000050_breaks",
                        "CREATE TABLE halfway (id int);\nINSERT INTO halfway VALUES (1);\nSELECT missing FROM halfway;\n");
  std::vector<std::string> dump = db_.rows(kSchemaDump);
  std::string counts = db_.value(kRowCounts);
  ProcessResult r = qdb(project, {"dev", "db", "reset", "--force"});
  EXPECT_EQ(r.exit_code, 8) << r.err;
  EXPECT_NE(r.err.find("Applying 20250101000000_init ...\nApplying 20250101000050_breaks ...\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("  applied 20250101000000_init in "), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("error: migration 20250101000050_breaks failed at "
                       "migrations/20250101000050_breaks/migration.sql:3:8: column \"missing\" does not exist\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("hint: it ran in one transaction with everything before it, which is rolled back: the "
                       "database is as it was before the command"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db_.rows(kSchemaDump), dump);
  EXPECT_EQ(db_.value(kRowCounts), counts);
  EXPECT_EQ(db_.value("SELECT string_agg(wallet, ',' ORDER BY wallet) FROM users"), "0xabc,0xdef");
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369 "
                      "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
            "0");
}

TEST_F(ResetTest, AFailingSeedRollsBackTheWholeReset) {
  Project project(true);
  populate(project);
  project.write("qdb.toml", "[seed]\nsql = \"seed.sql\"\n");
  project.write("seed.sql", "INSERT INTO settings (key, value) VALUES ('a', 'b');\nINSERT INTO nowhere VALUES (1);\n");
  std::vector<std::string> dump = db_.rows(kSchemaDump);
  std::string counts = db_.value(kRowCounts);
  ProcessResult r = qdb(project, {"--json", "dev", "db", "reset", "--force", "--skip-generate"});
  EXPECT_EQ(r.exit_code, 8) << r.err;
  EXPECT_NE(r.err.find("hint: the seed ran in the reset's one transaction, which is rolled back: the database is as "
                       "it was before the reset. Fix seed.sql and run reset again\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("\"atomic\": true"), std::string::npos) << r.out;
  EXPECT_EQ(db_.rows(kSchemaDump), dump);
  EXPECT_EQ(db_.value(kRowCounts), counts);
}

TEST_F(ResetTest, AMigrationOutsideATransactionIsAnnouncedAndNeedsForce) {
  Project project(true);
  populate(project);
  project.add_migration("20250102000000_concurrent", "CREATE INDEX CONCURRENTLY users_wallet_idx2 ON users (wallet);\n");
  std::string counts = db_.value(kRowCounts);
  ProcessResult refused = qdb(project, {"dev", "db", "reset"});
  EXPECT_EQ(refused.exit_code, 11) << refused.err;
  EXPECT_EQ(refused.err.rfind("warning: migration 20250102000000_concurrent cannot run in a transaction (CREATE INDEX "
                              "CONCURRENTLY cannot run inside a transaction block at "
                              "migrations/20250102000000_concurrent/migration.sql:1), so this reset cannot be undone "
                              "if it fails",
                              0),
            0u)
      << refused.err;
  EXPECT_EQ(db_.value(kRowCounts), counts);

  ProcessResult forced = qdb(project, {"--json", "dev", "db", "reset", "--force", "--skip-generate"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(forced.err.find("so this reset cannot be undone if it fails"), std::string::npos) << forced.err;
  EXPECT_NE(forced.out.find("\"atomic\": false"), std::string::npos) << forced.out;
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL"), "3");
}

TEST_F(ResetTest, ASignalDuringTheSeedRollsBackTheWholeReset) {
  Project project(true);
  populate(project);
  project.write("qdb.toml", "[seed]\nsql = \"seed.sql\"\n");
  project.write("seed.sql", "INSERT INTO settings (key, value) VALUES ('a', 'b');\nSELECT pg_sleep(60);\n");
  std::vector<std::string> dump = db_.rows(kSchemaDump);
  std::string counts = db_.value(kRowCounts);
  ProcessOptions options;
  options.cwd = project.root();
  options.env["DATABASE_URL"] = std::nullopt;
  std::unique_ptr<BackgroundProcess> run =
      start_qdb({"dev", "db", "reset", "--force", "--skip-generate", "--url", db_.url()}, options);
  ASSERT_TRUE(run->wait_for_stderr("Seeding with seed.sql ...", 60));
  // The seed's statement is on the server once it is active there.
  for (int i = 0; i < 3000 && db_.value("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                        "AND state = 'active' AND query LIKE '%pg_sleep(60)%' AND pid <> "
                                        "pg_backend_pid()") != "1";
       ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  run->signal(SIGINT);
  ProcessResult r = run->wait(30);
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_NE(r.err.find("error: interrupted by SIGINT: the reset was rolled back; the database is as it was before it\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db_.rows(kSchemaDump), dump);
  EXPECT_EQ(db_.value(kRowCounts), counts);
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369 "
                      "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
            "0");
}

}  // namespace
}  // namespace qdb::test
