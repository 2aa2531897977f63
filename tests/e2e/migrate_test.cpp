// `qdb <profile> db migrate` run as a user runs it, against a real server.
#include <gtest/gtest.h>

#include "migrate/checksum.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

constexpr const char* kInit = "20250101000000_init";
constexpr const char* kIndexes = "20250101000100_hot_query_indexes";

class MigrateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessResult qdb(const Project& project, std::vector<std::string> args) {
    args.push_back("--url");
    args.push_back(db_.url());
    ProcessOptions options;
    options.cwd = project.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }
  std::vector<std::string> tables(const std::string& schema = "public") {
    return db_.rows("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "' ORDER BY tablename");
  }
  std::vector<std::string> history() {
    return db_.rows(
        "SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NULL, logs IS NULL, applied_steps_count "
        "FROM _prisma_migrations ORDER BY started_at, migration_name");
  }
  TestDatabase db_;
};

TEST_F(MigrateTest, FreshDatabaseGetsExactlyTheBuiltinTables) {
  Project project(true);
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(tables(), (std::vector<std::string>{"_prisma_migrations", "notifications", "settings", "users",
                                                "worker_jobs"}));
  EXPECT_EQ(history(), (std::vector<std::string>{std::string(kInit) + "|t|t|t|1", std::string(kIndexes) + "|t|t|t|1"}));
  EXPECT_EQ(db_.value("SELECT checksum FROM _prisma_migrations WHERE migration_name = '" + std::string(kInit) + "'"),
            migrate::checksum_of(repo_migration(kInit)));
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations WHERE id ~ "
                      "'^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'"),
            "2");
  EXPECT_EQ(db_.rows("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE '%_idx' "
                     "ORDER BY indexname"),
            (std::vector<std::string>{"notifications_userId_createdAt_idx", "worker_jobs_due_idx",
                                      "worker_jobs_removeAt_idx", "worker_jobs_type_userId_idx"}));
  EXPECT_EQ(db_.value("SELECT confdeltype::text || confupdtype::text FROM pg_constraint WHERE conname = 'notifications_userId_fkey'"),
            "rc");
  EXPECT_NE(r.out.find("applied 20250101000000_init in"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Applied 2 migration(s)"), std::string::npos) << r.out;
}

TEST_F(MigrateTest, AMissingMigrationsFolderFailsInsteadOfApplyingNothing) {
  Project project;
  std::filesystem::remove_all(project.root() / "migrations");
  for (const char* profile : {"prod", "dev"}) {
    ProcessResult migrate = qdb(project, {profile, "db", "migrate"});
    EXPECT_EQ(migrate.exit_code, 5) << migrate.err;
    EXPECT_NE(migrate.err.find("error: no migrations folder at migrations"), std::string::npos) << migrate.err;
    EXPECT_EQ(qdb(project, {profile, "db", "status"}).exit_code, 5);
  }
  EXPECT_EQ(tables(), std::vector<std::string>{});
  // An empty folder on an empty database is Prisma's "No migration found": fine.
  std::filesystem::create_directories(project.root() / "migrations");
  EXPECT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
}

TEST_F(MigrateTest, AnAppliedMigrationMissingFromTheFolderFailsProdAndWarnsInDev) {
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  project.add_migration("002_b", "CREATE TABLE b (id int);\n");
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  // A checkout without 002_b, and a new migration of its own.
  std::filesystem::remove_all(project.root() / "migrations" / "002_b");
  project.add_migration("003_c", "CREATE TABLE c (id int);\n");

  ProcessResult prod = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(prod.exit_code, 9) << prod.err;
  EXPECT_NE(prod.err.find("error: migration 002_b is recorded as applied but its folder is not in migrations"),
            std::string::npos)
      << prod.err;
  EXPECT_NE(prod.err.find("missing = \"warn\""), std::string::npos) << prod.err;
  EXPECT_EQ(tables(), (std::vector<std::string>{"_prisma_migrations", "a", "b"}));

  // A profile that allows it (squashed migrations) applies with a warning, as dev does.
  project.write("qdb.toml", "[profiles.squashed]\nextends = \"prod\"\nmissing = \"warn\"\n");
  ProcessResult squashed = qdb(project, {"squashed", "db", "migrate"});
  EXPECT_EQ(squashed.exit_code, 0) << squashed.err;
  EXPECT_NE(squashed.err.find("warning: migration 002_b is recorded as applied"), std::string::npos) << squashed.err;
  EXPECT_EQ(tables(), (std::vector<std::string>{"_prisma_migrations", "a", "b", "c"}));
  ProcessResult dev = qdb(project, {"dev", "db", "migrate"});
  EXPECT_EQ(dev.exit_code, 0) << dev.err;
  EXPECT_NE(dev.err.find("warning: migration 002_b is recorded as applied"), std::string::npos) << dev.err;
}

TEST_F(MigrateTest, ADryRunInDevWritesNothing) {
  Project project;
  std::filesystem::remove(project.root() / "migrations" / "migration_lock.toml");
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  ProcessResult r = qdb(project, {"dev", "db", "migrate", "--dry-run"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("001_a"), std::string::npos) << r.out;
  EXPECT_FALSE(std::filesystem::exists(project.root() / "migrations" / "migration_lock.toml"));
  EXPECT_EQ(tables(), std::vector<std::string>{});
}

TEST_F(MigrateTest, SecondRunChangesNothing) {
  Project project(true);
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  std::vector<std::string> before = db_.rows("SELECT id, started_at, finished_at FROM _prisma_migrations ORDER BY id");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Already up to date: 2 migration(s) applied, none pending."), std::string::npos) << r.out;
  EXPECT_EQ(db_.rows("SELECT id, started_at, finished_at FROM _prisma_migrations ORDER BY id"), before);
}

TEST_F(MigrateTest, FailureInTheMiddleKeepsEarlierMigrationsAndRecordsNothingOfItself) {
  Project project;
  project.add_migration("001_first", "CREATE TABLE first (id int);\n");
  project.add_migration("002_broken",
                        "CREATE TABLE second (id int);\n"
                        "INSERT INTO second VALUES (1);\n"
                        "SELECT * FROM  missing_table;\n");
  project.add_migration("003_third", "CREATE TABLE third (id int);\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 8) << r.err;
  EXPECT_NE(r.err.find("error: migration 002_broken failed at migrations/002_broken/migration.sql:3:16: relation "
                       "\"missing_table\" does not exist"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("ERROR 42P01"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("SELECT * FROM  missing_table;\n               ^"), std::string::npos) << r.err;
  EXPECT_EQ(tables(), (std::vector<std::string>{"_prisma_migrations", "first"}));
  EXPECT_EQ(history(), (std::vector<std::string>{"001_first|t|t|t|1"}));

  ProcessResult again = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(again.exit_code, 8);
  EXPECT_NE(again.err.find("migration 002_broken failed"), std::string::npos) << again.err;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_first|t|t|t|1"}));

  project.add_migration("002_broken", "CREATE TABLE second (id int);\n");
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  EXPECT_EQ(tables(), (std::vector<std::string>{"_prisma_migrations", "first", "second", "third"}));
}

// What the trace (-vvv) shows qdb sending: every commit but the run's last skips the flush, and a
// failure flushes what committed before it reports.
size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_F(MigrateTest, OnlyTheLastCommitWaitsForTheFlushAndAFailureFlushesBeforeItReports) {
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  project.add_migration("002_b", "CREATE TABLE b (id int);\n");
  project.add_migration("003_c", "CREATE TABLE c (id int);\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate", "-vvv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(occurrences(r.err, "SET LOCAL synchronous_commit TO off"), 2u) << r.err;
  EXPECT_EQ(occurrences(r.err, "txid_current"), 0u) << r.err;
  EXPECT_EQ(history().size(), 3u);

  project.add_migration("004_d", "CREATE TABLE d (id int);\n");
  project.add_migration("005_broken", "SELECT * FROM missing_table;\n");
  ProcessResult failed = qdb(project, {"prod", "db", "migrate", "-vvv"});
  EXPECT_EQ(failed.exit_code, 8) << failed.err;
  // 004_d's only: 005_broken, sent with it and then again alone, is the run's last.
  EXPECT_EQ(occurrences(failed.err, "SET LOCAL synchronous_commit TO off"), 1u) << failed.err;
  EXPECT_EQ(occurrences(failed.err, "execute: SELECT txid_current()"), 1u) << failed.err;
  EXPECT_LT(failed.err.find("execute: SELECT txid_current()"), failed.err.find("error: migration 005_broken"))
      << failed.err;
  EXPECT_EQ(history().size(), 4u);
}

TEST_F(MigrateTest, CreateIndexConcurrentlyRunsOutsideATransaction) {
  Project project;
  project.add_migration("001_table", "CREATE TABLE t (id int, name text);\n");
  project.add_migration("002_index",
                        "-- An index built without locking writes\n"
                        "CREATE INDEX CONCURRENTLY t_name_idx ON t (name);\n"
                        "CREATE UNIQUE INDEX CONCURRENTLY t_id_key ON t (id);\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate", "-v"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Applying 002_index (outside a transaction)"), std::string::npos) << r.err;
  EXPECT_EQ(db_.rows("SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1"),
            (std::vector<std::string>{"t_id_key", "t_name_idx"}));
  EXPECT_EQ(history(), (std::vector<std::string>{"001_table|t|t|t|1", "002_index|t|t|t|1"}));
}

TEST_F(MigrateTest, FailedNonTransactionalMigrationIsRecordedAndBlocksTheNextRun) {
  Project project;
  project.add_migration("001_table", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n");
  project.add_migration("002_index", "CREATE UNIQUE INDEX CONCURRENTLY t_id_key ON t (id);\n");
  project.add_migration("003_after", "CREATE TABLE after_it (id int);\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 8) << r.err;
  EXPECT_NE(r.err.find("migration 002_index failed at migrations/002_index/migration.sql:1:1"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("qdb prod db resolve --rolled-back 002_index"), std::string::npos) << r.err;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_table|t|t|t|1", "002_index|f|t|f|0"}));
  EXPECT_NE(db_.value("SELECT logs FROM _prisma_migrations WHERE migration_name = '002_index'").find("ERROR 23505"),
            std::string::npos);

  ProcessResult blocked = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(blocked.exit_code, 9) << blocked.err;
  EXPECT_NE(blocked.err.find("error: migration 002_index failed earlier and is still recorded as failed"),
            std::string::npos)
      << blocked.err;
  EXPECT_EQ(tables(), (std::vector<std::string>{"_prisma_migrations", "t"}));
}

TEST_F(MigrateTest, FilesWithTheirOwnTransactionsRunAsWritten) {
  Project project;
  project.add_migration("001_enum", "CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN', 'MODERATOR');\n"
                                    "CREATE TABLE users (role \"Role\" NOT NULL DEFAULT 'USER');\n");
  // Prisma's own output for removing an enum value manages its transaction itself.
  project.add_migration("002_remove_value",
                        "-- AlterEnum\n"
                        "BEGIN;\n"
                        "CREATE TYPE \"Role_new\" AS ENUM ('USER', 'ADMIN');\n"
                        "ALTER TABLE \"users\" ALTER COLUMN \"role\" DROP DEFAULT;\n"
                        "ALTER TABLE \"users\" ALTER COLUMN \"role\" TYPE \"Role_new\" USING (\"role\"::text::\"Role_new\");\n"
                        "ALTER TYPE \"Role\" RENAME TO \"Role_old\";\n"
                        "ALTER TYPE \"Role_new\" RENAME TO \"Role\";\n"
                        "DROP TYPE \"Role_old\";\n"
                        "ALTER TABLE \"users\" ALTER COLUMN \"role\" SET DEFAULT 'USER';\n"
                        "COMMIT;\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db_.value("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum e JOIN pg_type t "
                      "ON t.oid = e.enumtypid WHERE t.typname = 'Role'"),
            "USER,ADMIN");
  EXPECT_EQ(history(), (std::vector<std::string>{"001_enum|t|t|t|1", "002_remove_value|t|t|t|1"}));
}

TEST_F(MigrateTest, EditedMigrationWarnsInProdAndFailsInDev) {
  Project project(true);
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  project.add_migration(kIndexes, repo_migration(kIndexes) + "\n-- a comment added later\n");
  ProcessResult prod = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(prod.exit_code, 0) << prod.err;
  EXPECT_NE(prod.err.find("warning: migration 20250101000100_hot_query_indexes was modified after it was applied"),
            std::string::npos)
      << prod.err;
  ProcessResult dev = qdb(project, {"dev", "db", "migrate"});
  EXPECT_EQ(dev.exit_code, 9) << dev.err;
  EXPECT_NE(dev.err.find("qdb dev db reset"), std::string::npos) << dev.err;
}

TEST_F(MigrateTest, LineEndingChangesAloneDoNotCountAsEdits) {
  Project project(true);
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  std::string crlf;
  for (char c : repo_migration(kInit)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  project.add_migration(kInit, crlf);
  ProcessResult r = qdb(project, {"dev", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("modified"), std::string::npos) << r.err;
}

TEST_F(MigrateTest, ContinuesAHistoryWrittenByPrisma) {
  // The table and rows exactly as Prisma's migrate engine writes them after applying the first migration.
  db_.execute(repo_migration(kInit));
  db_.execute(
      "CREATE TABLE \"_prisma_migrations\" (\n"
      "    \"id\"                    VARCHAR(36) PRIMARY KEY NOT NULL,\n"
      "    \"checksum\"              VARCHAR(64) NOT NULL,\n"
      "    \"finished_at\"           TIMESTAMPTZ,\n"
      "    \"migration_name\"        VARCHAR(255) NOT NULL,\n"
      "    \"logs\"                  TEXT,\n"
      "    \"rolled_back_at\"        TIMESTAMPTZ,\n"
      "    \"started_at\"            TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
      "    \"applied_steps_count\"   INTEGER NOT NULL DEFAULT 0\n"
      ")");
  db_.execute("INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, "
              "started_at, applied_steps_count) VALUES ('0c3e5d9a-6f1b-4c2e-9a7d-3b8f1e2d4c5a', '" +
              migrate::checksum_of(repo_migration(kInit)) + "', '2025-01-02 10:00:01.123+00', '" + kInit +
              "', NULL, NULL, '2025-01-02 10:00:00.987+00', 1)");
  Project project(true);
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Applied 1 migration(s)"), std::string::npos) << r.out;
  EXPECT_EQ(history(), (std::vector<std::string>{std::string(kInit) + "|t|t|t|1", std::string(kIndexes) + "|t|t|t|1"}));
  EXPECT_EQ(db_.value("SELECT id FROM _prisma_migrations WHERE migration_name = '" + std::string(kInit) + "'"),
            "0c3e5d9a-6f1b-4c2e-9a7d-3b8f1e2d4c5a");
}

TEST_F(MigrateTest, RolledBackRowsCountAsNotApplied) {
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  db_.execute("DROP TABLE a");
  db_.execute("UPDATE _prisma_migrations SET rolled_back_at = now(), finished_at = NULL");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT "
                      "NULL"),
            "1");
  EXPECT_EQ(tables(), (std::vector<std::string>{"_prisma_migrations", "a"}));
}

TEST_F(MigrateTest, RealWorldFolderNamesApplyInByteOrder) {
  Project project;
  const std::vector<std::string> names = {"01_init", "20240101120000 with spaces", "20240101120000_dup",
                                          "202401011200_twelve", "20240102_eight", "2024-01-03-dashes"};
  // Written in another order than they sort: the folder name alone decides.
  for (auto it = names.rbegin(); it != names.rend(); ++it) {
    project.add_migration(*it, "INSERT INTO applied_order (name) VALUES ('" + *it + "');\n");
  }
  project.add_migration("00_table", "CREATE TABLE applied_order (n serial, name text);\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // '-' (0x2d) sorts before digits, ' ' (0x20) before '_' (0x5f), digits before '_'.
  std::vector<std::string> expected = {"01_init", "2024-01-03-dashes", "20240101120000 with spaces",
                                       "20240101120000_dup", "202401011200_twelve", "20240102_eight"};
  EXPECT_EQ(db_.rows("SELECT name FROM applied_order ORDER BY n"), expected);
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations WHERE migration_name = '20240101120000 with spaces'"),
            "1");
}

TEST_F(MigrateTest, DryRunTouchesNothing) {
  Project project(true);
  ProcessResult r = qdb(project, {"prod", "db", "migrate", "--dry-run", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"would_apply\": [\n    \"20250101000000_init\",\n    \"20250101000100_hot_query_indexes\"\n  ]"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(tables(), std::vector<std::string>{});
}

TEST_F(MigrateTest, JsonGoesToStdoutAlone) {
  Project project(true);
  ProcessResult r = qdb(project, {"prod", "db", "migrate", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_FALSE(r.out.empty());
  EXPECT_EQ(r.out.front(), '{');
  EXPECT_EQ(r.out.substr(r.out.size() - 2), "}\n");
  EXPECT_NE(r.out.find("\"ok\": true"), std::string::npos);
  EXPECT_NE(r.out.find("\"name\": \"20250101000000_init\""), std::string::npos);
  EXPECT_NE(r.out.find("\"transactional\": true"), std::string::npos);
  EXPECT_EQ(r.out.find("Applied"), std::string::npos) << "human text leaked to stdout";
}

TEST_F(MigrateTest, TargetSchemaFromTheUrl) {
  Project project(true);
  ProcessOptions options;
  options.cwd = project.root();
  ProcessResult r = run_qdb({"prod", "db", "migrate", "--url", db_.url("schema=app")}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(tables("app"), (std::vector<std::string>{"_prisma_migrations", "notifications", "settings", "users",
                                                     "worker_jobs"}));
  EXPECT_EQ(tables("public"), std::vector<std::string>{});
}

TEST_F(MigrateTest, ReadOnlyDatabaseIsRefusedBeforeAnythingHappens) {
  db_.execute("ALTER DATABASE " + db_.name() + " SET default_transaction_read_only = on");
  Project project(true);
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 9) << r.err;
  EXPECT_NE(r.err.find("error: the session is read-only"), std::string::npos) << r.err;
}

TEST_F(MigrateTest, WrongPasswordIsAConnectionErrorThatNeverShowsThePassword) {
  Project project(true);
  std::string url = db_.url();
  size_t at = url.find('@');
  size_t colon = url.rfind(':', at);
  std::string bad = url.substr(0, colon + 1) + "Sup3r-S3cret-Value" + url.substr(at);
  ProcessOptions options;
  options.cwd = project.root();
  ProcessResult r = run_qdb({"prod", "db", "migrate", "--url", bad, "--json"}, options);
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("error: cannot connect to postgresql://postgres:****@"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("Sup3r-S3cret-Value"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("Sup3r-S3cret-Value"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"kind\": \"connection\""), std::string::npos) << r.out;
}

}  // namespace
}  // namespace qdb::test
