#include "migrate/runner.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "support/fake_database.hpp"
#include "support/memory_system.hpp"

namespace qdb::migrate {
namespace {

using test::applied_row;
using test::make_migration;
using Log = std::vector<std::string>;

class RunnerTest : public ::testing::Test {
 protected:
  RunResult run(const std::vector<Migration>& local, RunOptions options = {}) {
    return run_migrations(db_, local, options, observer_, clock_, random_);
  }
  // Runs and returns the error it must throw.
  Error run_error(const std::vector<Migration>& local, RunOptions options = {}) {
    try {
      run(local, options);
    } catch (const Error& e) {
      return e;
    }
    ADD_FAILURE() << "expected an error";
    return Error(ErrorKind::kInternal, "none");
  }
  test::FakeDatabase db_;
  test::MemorySystem clock_;  // the clock: advances only when slept on
  test::RecordingObserver observer_;
  util::SeededRandomSource random_{42};
};

TEST_F(RunnerTest, AppliesPendingMigrationsInOrderEachInItsOwnTransaction) {
  db_.table_exists = false;
  RunResult r = run({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "CREATE TABLE b ();")});
  EXPECT_EQ(db_.log, (Log{"LOCK", "CREATE HISTORY", "TOGETHER 2", "BEGIN", "EXEC CREATE TABLE a ();", "APPLIED 1_a", "COMMIT",
                          "BEGIN", "EXEC CREATE TABLE b ();", "APPLIED 2_b", "COMMIT", "UNLOCK"}));
  ASSERT_EQ(r.applied.size(), 2u);
  EXPECT_TRUE(r.applied[0].transactional);
}

TEST_F(RunnerTest, NothingPendingIsANoOp) {
  Migration a = make_migration("1_a", "SELECT 1;");
  db_.rows = {applied_row(a)};
  RunResult r = run({a});
  // Read without the lock: with nothing pending or failed there is nothing to wait for.
  EXPECT_EQ(db_.log, Log{});
  EXPECT_EQ(r.already_applied, 1u);
  EXPECT_TRUE(r.applied.empty());
}

TEST_F(RunnerTest, APendingMigrationIsDecidedAgainUnderTheLock) {
  Migration a = make_migration("1_a", "SELECT 1;");
  Migration b = make_migration("2_b", "SELECT 2;");
  db_.rows = {applied_row(a)};
  RunResult r = run({a, b});
  EXPECT_EQ(db_.log, (Log{"LOCK", "BEGIN", "EXEC SELECT 2;", "APPLIED 2_b", "COMMIT", "UNLOCK"}));
  EXPECT_EQ(r.already_applied, 1u);
}

TEST_F(RunnerTest, TheFilesAreAskedForAfterTheReadOnlyQueriesAndOnlyOnce) {
  Migration a = make_migration("1_a", "SELECT 1;");
  std::vector<Migration> local = {a};
  int reads = 0;
  LocalMigrations read_local = [&]() -> const std::vector<Migration>& {
    ++reads;
    return local;
  };
  db_.rows = {applied_row(a)};
  run_migrations(db_, read_local, {}, observer_, clock_, random_);
  EXPECT_EQ(reads, 1);
  db_.rows.clear();
  run_migrations(db_, read_local, {}, observer_, clock_, random_);
  EXPECT_EQ(reads, 2);
}

TEST_F(RunnerTest, ProblemsInTheFilesAreReportedBeforeTheServersRefusal) {
  db_.info.in_recovery = true;
  LocalMigrations broken = []() -> const std::vector<Migration>& {
    throw Error(ErrorKind::kMigrationFiles, "the migrations folder migrations has errors");
  };
  try {
    run_migrations(db_, broken, {}, observer_, clock_, random_);
    ADD_FAILURE() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kMigrationFiles);
  }
  EXPECT_EQ(db_.log, Log{});
}

TEST_F(RunnerTest, FailingStatementRollsBackAndRecordsNothing) {
  db_.failing["BROKEN;"] = db::SqlFailure{"42601", "syntax error at or near \"BROKEN\"", "", "", "", 1};
  Migration a = make_migration("1_a", "SELECT 1;");
  Migration b = make_migration("2_b", "BROKEN;");
  Error e = run_error({a, b, make_migration("3_c", "SELECT 3;")});
  EXPECT_EQ(e.kind(), ErrorKind::kMigrationFailed);
  EXPECT_STREQ(e.what(), "migration 2_b failed at migrations/2_b/migration.sql:1:1: syntax error at or near \"BROKEN\"");
  // Sent together, 2_b failed and was rolled back; sent again alone, its failure is reported.
  EXPECT_EQ(db_.log, (Log{"LOCK", "TOGETHER 3", "BEGIN", "EXEC SELECT 1;", "APPLIED 1_a", "COMMIT", "BEGIN",
                          "EXEC BROKEN;", "ROLLBACK", "BEGIN", "EXEC BROKEN;", "ROLLBACK", "UNLOCK"}));
  EXPECT_EQ(observer_.events, (std::vector<std::string>{"applying together 1_a 2_b 3_c", "applied 1_a",
                                                        "applying 2_b"}));
}

TEST_F(RunnerTest, OnlyTheRunsLastCommitWaitsForTheFlush) {
  RunOptions options;
  options.together.max_files = 2;
  RunResult r = run({make_migration("1_a", "SELECT 1;"), make_migration("2_b", "SELECT 2;"),
                     make_migration("3_c", "SELECT 3;"), make_migration("4_idx", "VACUUM;"),
                     make_migration("5_e", "SELECT 5;")},
                    options);
  EXPECT_EQ(r.applied.size(), 5u);
  // 1_a and 2_b together, 3_c alone, 4_idx outside a transaction (its statements commit one by
  // one, flushed, as before), and 5_e, the last, flushed: with it every commit before.
  EXPECT_EQ(db_.durability, (Log{"unflushed", "unflushed", "unflushed", "flushed"}));
  EXPECT_TRUE(db_.flushed_commits) << "left as it was for what the connection does next";
}

TEST_F(RunnerTest, AFailureFlushesTheCommitsBeforeIt) {
  db_.failing["BROKEN;"] = db::SqlFailure{"42601", "syntax error at or near \"BROKEN\"", "", "", "", 1};
  run_error({make_migration("1_a", "SELECT 1;"), make_migration("2_b", "BROKEN;"), make_migration("3_c", "SELECT 3;")});
  EXPECT_EQ(db_.durability, (Log{"unflushed", "FLUSH"}));
  EXPECT_TRUE(db_.flushed_commits);
}

TEST_F(RunnerTest, AFailureBeforeAnyCommitHasNothingToFlush) {
  db_.failing["BROKEN;"] = db::SqlFailure{"42601", "syntax error at or near \"BROKEN\"", "", "", "", 1};
  run_error({make_migration("1_a", "BROKEN;"), make_migration("2_b", "SELECT 2;")});
  EXPECT_EQ(db_.durability, Log{});
}

TEST_F(RunnerTest, InTheCallersOpenTransactionNothingIsFlushedOrRolledBackByTheRunner) {
  // reset's one transaction: its caller commits or rolls back everything at once.
  RunOptions options;
  options.in_open_transaction = true;
  db_.failing["BROKEN;"] = db::SqlFailure{"42601", "syntax error at or near \"BROKEN\"", "", "", "", 1};
  run_error({make_migration("1_a", "SELECT 1;"), make_migration("2_b", "BROKEN;")}, options);
  EXPECT_EQ(db_.durability, Log{});
  EXPECT_EQ(db_.log, (Log{"EXEC SELECT 1;", "APPLIED 1_a", "EXEC BROKEN;"}));
}

TEST_F(RunnerTest, MigrationsSentTogetherStayWithinTheLimitsAndResumeAfterTheFilesSentAlone) {
  RunOptions options;
  options.together.max_files = 2;
  std::vector<Migration> files = {make_migration("1_a", "SELECT 1;"), make_migration("2_b", "SELECT 2;"),
                                  make_migration("3_c", "SELECT 3;"), make_migration("4_idx", "VACUUM;"),
                                  make_migration("5_e", "SELECT 5;"), make_migration("6_f", "SELECT 6;")};
  RunResult r = run_migrations(db_, files, options, observer_, clock_, random_);
  EXPECT_EQ(r.applied.size(), 6u);
  EXPECT_EQ(observer_.events,
            (std::vector<std::string>{"applying together 1_a 2_b", "applied 1_a", "applied 2_b", "applying 3_c",
                                      "applied 3_c", "applying 4_idx (no tx)", "applied 4_idx",
                                      "applying together 5_e 6_f", "applied 5_e", "applied 6_f"}));
  ASSERT_EQ(db_.rows.size(), 6u);
  for (size_t i = 0; i < files.size(); ++i) EXPECT_EQ(db_.rows[i].migration_name, files[i].name);
}

TEST_F(RunnerTest, AfterAFailureAmongMigrationsSentTogetherTheRestGoAlone) {
  // The server fails the script at 2_b; sent alone, 2_b now succeeds (say, a lock timeout that
  // passed): 3_c goes alone too, and 4_d and 5_e together again, beyond the failed script.
  int failures_left = 1;
  db_.on_execute = [&](const std::string& sql) {
    if (sql == "SELECT 2;" && failures_left-- > 0) db_.failing["SELECT 2;"] = db::SqlFailure{"55P03", "lock timeout", "", "", "", 0};
    else db_.failing.erase("SELECT 2;");
  };
  RunOptions options;
  options.together.max_files = 3;
  std::vector<Migration> files = {make_migration("1_a", "SELECT 1;"), make_migration("2_b", "SELECT 2;"),
                                  make_migration("3_c", "SELECT 3;"), make_migration("4_d", "SELECT 4;"),
                                  make_migration("5_e", "SELECT 5;")};
  RunResult r = run_migrations(db_, files, options, observer_, clock_, random_);
  EXPECT_EQ(r.applied.size(), 5u);
  EXPECT_EQ(observer_.events,
            (std::vector<std::string>{"applying together 1_a 2_b 3_c", "applied 1_a", "applying 2_b", "applied 2_b",
                                      "applying 3_c", "applied 3_c", "applying together 4_d 5_e", "applied 4_d",
                                      "applied 5_e"}));
}

TEST_F(RunnerTest, ErrorPositionBecomesLineAndColumnOfTheFile) {
  std::string sql = "CREATE TABLE a (id int);\n\nSELECT nope FROM a;\n";
  db_.failing[sql] = db::SqlFailure{"42703", "column \"nope\" does not exist", "", "", "", 34};
  Error e = run_error({make_migration("1_a", sql)});
  EXPECT_STREQ(e.what(), "migration 1_a failed at migrations/1_a/migration.sql:3:8: column \"nope\" does not exist");
  EXPECT_EQ(e.detail(),
            "ERROR 42703: column \"nope\" does not exist\n"
            "migrations/1_a/migration.sql:3:8: error: column \"nope\" does not exist\n"
            "SELECT nope FROM a;\n"
            "       ^");
}

TEST_F(RunnerTest, NonTransactionalFileRunsStatementByStatementWithARowFirst) {
  Migration m = make_migration("1_idx", "CREATE INDEX CONCURRENTLY i ON t (a);\nCREATE INDEX CONCURRENTLY j ON t (b);\n");
  run({m});
  EXPECT_EQ(db_.log, (Log{"LOCK", "STARTED 1_idx", "EXEC CREATE INDEX CONCURRENTLY i ON t (a)",
                          "EXEC CREATE INDEX CONCURRENTLY j ON t (b)", "ROLLBACK", "FINISHED 1_idx", "UNLOCK"}));
  EXPECT_EQ(observer_.events.front(), "applying 1_idx (no tx)");
}

TEST_F(RunnerTest, NonTransactionalFailureLeavesAFailedRowWithTheError) {
  Migration m = make_migration("1_idx", "CREATE INDEX CONCURRENTLY i ON t (a);\nCREATE INDEX CONCURRENTLY j ON t (b);\n");
  db_.failing["CREATE INDEX CONCURRENTLY j ON t (b)"] =
      db::SqlFailure{"42703", "column \"b\" does not exist", "", "", "", 0};
  Error e = run_error({m});
  EXPECT_EQ(e.kind(), ErrorKind::kMigrationFailed);
  EXPECT_STREQ(e.what(), "migration 1_idx failed at migrations/1_idx/migration.sql:2:1: column \"b\" does not exist");
  ASSERT_EQ(db_.rows.size(), 1u);
  EXPECT_TRUE(db_.rows[0].failed());
  EXPECT_EQ(db_.rows[0].logs.value_or(""), "ERROR 42703: column \"b\" does not exist");
  EXPECT_EQ(db_.log.back(), "UNLOCK");
}

// The server crashed or the session was terminated under a migration: which one, what the run
// applied before it, and what state it is in, with the server's reason kept in the detail.
TEST_F(RunnerTest, ALostConnectionNamesTheMigrationsSentTogetherAndWhatTheRunApplied) {
  db_.on_execute = [](const std::string& sql) {
    if (sql == "CREATE TABLE c ();") {
      throw Error(ErrorKind::kConnection,
                  "lost the connection to the database while running migration SQL: terminating connection due to "
                  "administrator command",
                  "check the server log", "FATAL:  terminating connection due to administrator command\n...");
    }
  };
  Error e = run_error({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "CREATE TABLE b ();"),
                       make_migration("3_c", "CREATE TABLE c ();")});
  EXPECT_EQ(e.kind(), ErrorKind::kConnection);
  // The three travel together: which of them committed is the server's to say.
  EXPECT_STREQ(e.what(), "lost the connection to the database while running migration SQL: terminating connection "
                         "due to administrator command; 3 migrations sent together (1_a to 3_c) were being applied; "
                         "no migration applied by this run");
  EXPECT_EQ(e.hint(), "each of 1_a to 3_c ran in a transaction of its own: it is applied and recorded together, or "
                      "not at all, as far as its COMMIT reached the server; once the server is back, `qdb prod db "
                      "status` says which, and `qdb prod db migrate` applies what is pending");
  EXPECT_EQ(e.detail(), "FATAL:  terminating connection due to administrator command\n...");
}

TEST_F(RunnerTest, ALostConnectionOutsideATransactionSaysHowToResolve) {
  db_.on_execute = [](const std::string& sql) {
    if (sql == "CREATE INDEX CONCURRENTLY j ON t (b)") {
      throw Error(ErrorKind::kConnection, "lost the connection to the database: server closed the connection");
    }
  };
  Error e = run_error(
      {make_migration("1_idx", "CREATE INDEX CONCURRENTLY i ON t (a);\nCREATE INDEX CONCURRENTLY j ON t (b);\n")});
  EXPECT_EQ(e.kind(), ErrorKind::kConnection);
  EXPECT_STREQ(e.what(), "lost the connection to the database: server closed the connection; 1_idx was being "
                         "applied; no migration applied by this run");
  EXPECT_EQ(e.hint(), "1_idx runs outside a transaction: the statements that completed stayed applied, and its "
                      "history row may be left unfinished (failed); once the server is back, check its effects, "
                      "then run `qdb prod db resolve --rolled-back 1_idx` (or --applied)");
}

// SQLSTATE 42501 is the role's want of a privilege, not the migration's fault: its own kind, the
// grant in the hint, and the refused statement whole (the caret shows only its first line).
TEST_F(RunnerTest, APrivilegeRefusedIsAPermissionErrorNamingTheGrant) {
  db_.info.user = "app";
  std::string sql = "SELECT 1;\nCREATE TABLE a (\n  id int\n);\n";
  db_.failing[sql] = db::SqlFailure{"42501", "permission denied for schema public", "", "", "", 24};
  Error e = run_error({make_migration("1_a", sql)});
  EXPECT_EQ(e.kind(), ErrorKind::kPermission);
  EXPECT_STREQ(e.what(), "migration 1_a failed at migrations/1_a/migration.sql:2:14: permission denied for schema public");
  EXPECT_EQ(e.hint(),
            "role app lacks a privilege: run `GRANT CREATE ON SCHEMA public TO app` as the schema's owner or a "
            "superuser, or run qdb as a role that has it; nothing of this migration was applied or recorded (it ran "
            "in one transaction), so run migrate again afterwards");
  EXPECT_EQ(e.detail(),
            "ERROR 42501: permission denied for schema public\n"
            "migrations/1_a/migration.sql:2:14: error: permission denied for schema public\n"
            "CREATE TABLE a (\n"
            "             ^\n"
            "the refused statement:\n"
            "CREATE TABLE a (\n  id int\n)");
  EXPECT_TRUE(db_.rows.empty());
}

TEST_F(RunnerTest, APrivilegeRefusedOutsideATransactionStillSaysHowToResolve) {
  db_.info.user = "app";
  Migration m = make_migration("1_idx", "CREATE INDEX CONCURRENTLY i ON t (a);\n");
  db_.failing["CREATE INDEX CONCURRENTLY i ON t (a)"] = db::SqlFailure{"42501", "must be owner of table t", "", "", "", 0};
  Error e = run_error({m});
  EXPECT_EQ(e.kind(), ErrorKind::kPermission);
  EXPECT_EQ(e.hint(),
            "only the owner of table t (or a superuser) may run this statement: run qdb as that role, or have it run "
            "`ALTER TABLE t OWNER TO app`; this migration ran outside a transaction: statements before the failing "
            "one stayed applied, and it is recorded as failed. Undo or finish its effects by hand, then run `qdb prod "
            "db resolve --rolled-back 1_idx` (or --applied)");
  ASSERT_EQ(db_.rows.size(), 1u);
  EXPECT_TRUE(db_.rows[0].failed());
}

TEST_F(RunnerTest, RecordedFailureBlocksEverything) {
  Migration a = make_migration("1_a", "SELECT 1;");
  db::HistoryRow failed = applied_row(a);
  failed.finished = false;
  failed.logs = "ERROR: boom";
  db_.rows = {failed};
  Error e = run_error({a, make_migration("2_b", "SELECT 2;")});
  EXPECT_EQ(e.kind(), ErrorKind::kDatabaseState);
  EXPECT_STREQ(e.what(),
               "migration 1_a failed earlier and is still recorded as failed; no migration will run until it is "
               "resolved");
  EXPECT_EQ(e.hint(),
            "repair the database by hand, then run `qdb prod db resolve --rolled-back 1_a` to run it again, or "
            "`--applied 1_a` if you completed it by hand");
  EXPECT_EQ(db_.log, (Log{"LOCK", "UNLOCK"}));
}

TEST_F(RunnerTest, EditedMigrationWarnsOrFailsByPolicy) {
  Migration a = make_migration("1_a", "SELECT 1;");
  db_.rows = {applied_row(a)};
  Migration edited = make_migration("1_a", "SELECT 1; -- changed");
  RunResult r = run({edited});
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].rfind("migration 1_a was modified after it was applied", 0), 0u);
  RunOptions strict;
  strict.edited = migrate::Policy::kError;
  strict.profile = "dev";
  Error e = run_error({edited}, strict);
  EXPECT_EQ(e.kind(), ErrorKind::kDatabaseState);
  EXPECT_EQ(e.hint(), "run `qdb dev db reset` to rebuild the development database from the files");
}

TEST_F(RunnerTest, WaitsForTheLockWithBackoffThenProceeds) {
  db_.lock_busy_attempts = 4;
  run({make_migration("1_a", "SELECT 1;")});
  EXPECT_EQ(clock_.sleeps, (std::vector<double>{0.05, 0.1, 0.2, 0.4}));
  EXPECT_EQ(observer_.events.front(), "waiting: pid 4242 (prisma)");
}

TEST_F(RunnerTest, LockTimeoutNamesTheHolderAndTouchesNothing) {
  db_.lock_busy_attempts = -1;
  RunOptions options;
  options.lock_timeout_seconds = 2;
  Error e = run_error({make_migration("1_a", "SELECT 1;")}, options);
  EXPECT_EQ(e.kind(), ErrorKind::kLockTimeout);
  EXPECT_STREQ(e.what(), "timed out after 2 s waiting for the migration lock (advisory lock 72707369)");
  EXPECT_EQ(e.detail(), "held by pid 4242 (prisma)");
  EXPECT_TRUE(db_.log.empty());
}

TEST_F(RunnerTest, StandbyAndReadOnlySessionsAreRefusedFirst) {
  db_.info.in_recovery = true;
  db_.info.database = "app";
  Error e = run_error({make_migration("1_a", "SELECT 1;")});
  EXPECT_EQ(e.kind(), ErrorKind::kDatabaseState);
  EXPECT_STREQ(e.what(), "database \"app\" is a read-only hot standby (pg_is_in_recovery() is true)");
  EXPECT_TRUE(db_.log.empty());
}

TEST_F(RunnerTest, DryRunListsWithoutLockingOrWriting) {
  db_.table_exists = false;
  RunOptions options;
  options.dry_run = true;
  RunResult r = run({make_migration("1_a", "SELECT 1;")}, options);
  EXPECT_EQ(r.would_apply, (std::vector<std::string>{"1_a"}));
  EXPECT_TRUE(db_.log.empty());
}

TEST_F(RunnerTest, UnreadablePendingSqlStopsBeforeAnythingRuns) {
  Error e = run_error({make_migration("1_a", "SELECT 1;"), make_migration("2_b", "SELECT $x$ open")});
  EXPECT_EQ(e.kind(), ErrorKind::kMigrationFiles);
  EXPECT_EQ(db_.log, (Log{"LOCK", "UNLOCK"}));
}

// ?pgbouncer=true: the lock is taken in each migration's own transaction.
RunOptions lock_per_transaction() {
  RunOptions options;
  options.lock_per_transaction = true;
  return options;
}

TEST_F(RunnerTest, PerTransactionLockTakesTheLockAndRereadsTheRowInEachMigrationsTransaction) {
  db_.table_exists = false;
  RunResult r = run({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "CREATE TABLE b ();")},
                    lock_per_transaction());
  EXPECT_EQ(db_.log, (Log{"BEGIN", "XACT LOCK", "CREATE HISTORY", "COMMIT",
                          "BEGIN", "XACT LOCK", "HISTORY OF 1_a", "EXEC CREATE TABLE a ();", "APPLIED 1_a", "COMMIT",
                          "BEGIN", "XACT LOCK", "HISTORY OF 2_b", "EXEC CREATE TABLE b ();", "APPLIED 2_b", "COMMIT"}));
  EXPECT_EQ(r.applied.size(), 2u);
}

TEST_F(RunnerTest, PerTransactionLockSkipsAMigrationAnotherRunAppliedMeanwhile) {
  Migration a = make_migration("1_a", "CREATE TABLE a ();");
  db_.before_history_of = [&](test::FakeDatabase& db) {
    if (db.rows.empty()) db.rows.push_back(applied_row(a));
  };
  RunResult r = run({a}, lock_per_transaction());
  EXPECT_EQ(db_.log, (Log{"BEGIN", "XACT LOCK", "COMMIT", "BEGIN", "XACT LOCK", "HISTORY OF 1_a", "ROLLBACK"}));
  EXPECT_TRUE(r.applied.empty());
  EXPECT_EQ(r.already_applied, 1u);
}

TEST_F(RunnerTest, PerTransactionLockRecordsTheStartOfANonTransactionalFileUnderTheLock) {
  Migration m = make_migration("1_idx", "CREATE INDEX CONCURRENTLY i ON t (a);\n");
  run({m}, lock_per_transaction());
  EXPECT_EQ(db_.log, (Log{"BEGIN", "XACT LOCK", "COMMIT", "BEGIN", "XACT LOCK", "HISTORY OF 1_idx", "STARTED 1_idx",
                          "COMMIT", "EXEC CREATE INDEX CONCURRENTLY i ON t (a)", "ROLLBACK", "FINISHED 1_idx"}));
}

TEST_F(RunnerTest, PerTransactionLockWaitsForAMigrationAnotherRunStartedThenTimesOut) {
  Migration m = make_migration("1_idx", "CREATE INDEX CONCURRENTLY i ON t (a);\n");
  db_.before_history_of = [&](test::FakeDatabase& db) {
    if (db.rows.empty()) db.insert_started("other", m.name, m.checksum);
  };
  RunOptions options = lock_per_transaction();
  options.lock_timeout_seconds = 1;
  Error e = run_error({m}, options);
  EXPECT_EQ(e.kind(), ErrorKind::kLockTimeout);
  EXPECT_STREQ(e.what(), "timed out after 1 s waiting for migration 1_idx, which another run started and has not "
                         "finished");
  EXPECT_EQ(clock_.sleeps, (std::vector<double>{0.2, 0.2, 0.2, 0.2, 0.2}));
}

TEST_F(RunnerTest, PerTransactionLockGivesAStartedRowTheLockTimeoutBeforeItCountsAsFailed) {
  Migration a = make_migration("1_a", "SELECT 1;");
  db::HistoryRow started = applied_row(a);
  started.finished = false;
  db_.rows = {started};
  RunOptions options = lock_per_transaction();
  options.lock_timeout_seconds = 1;
  Error e = run_error({a}, options);
  EXPECT_EQ(e.kind(), ErrorKind::kDatabaseState);
  EXPECT_EQ(clock_.sleeps.size(), 5u);
}

}  // namespace
}  // namespace qdb::migrate
