// A signal during a run, end to end in-process: the memory system delivers it on a thread of its
// own, the scope cancels the statement on the fake database, and the runner stops and says why.
#include "cli/interruption.hpp"

#include <chrono>
#include <csignal>
#include <thread>

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "migrate/runner.hpp"
#include "support/fake_database.hpp"
#include "support/memory_system.hpp"

namespace qdb::cli {
namespace {

using test::make_migration;
using Log = std::vector<std::string>;

class InterruptionTest : public ::testing::Test {
 protected:
  // Runs with a scope open, as migrate does, and returns the error the run ends with.
  Error run_error(const std::vector<migrate::Migration>& local) {
    InterruptScope interrupts(system_, db_);
    migrate::RunOptions options;
    options.interrupted = interrupts.asker();
    try {
      migrate::run_migrations(db_, local, options, observer_, system_, random_);
    } catch (const Error& e) {
      return e;
    }
    ADD_FAILURE() << "expected an error";
    return Error(ErrorKind::kInternal, "none");
  }
  // `sql` runs until canceled, and the signal arrives as it starts.
  void signal_during(const std::string& sql, int signal) {
    db_.runs_until_canceled.insert(sql);
    db_.on_execute = [this, sql, signal](const std::string& text) {
      if (text == sql) system_.interrupt(signal);
    };
  }
  // Sends the signal and waits until its thread has sent the first cancel request.
  void send_and_wait_for_cancel(int signal) {
    ASSERT_TRUE(system_.interrupt(signal));
    for (int i = 0; i < 2000 && db_.cancel_requests() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ASSERT_GT(db_.cancel_requests(), 0);
  }
  test::FakeDatabase db_;
  test::MemorySystem system_;
  test::RecordingObserver observer_;
  util::SeededRandomSource random_{42};
};

TEST_F(InterruptionTest, ASignalCancelsTheRunningMigrationWhichIsRolledBackAndNotRecorded) {
  db_.table_exists = false;
  signal_during("SELECT pg_sleep(60);", SIGINT);
  Error e = run_error({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_slow", "SELECT pg_sleep(60);"),
                       make_migration("3_c", "CREATE TABLE c ();")});
  EXPECT_EQ(e.kind(), ErrorKind::kInterrupted);
  EXPECT_EQ(exit_code_for(e.kind()), 130);
  EXPECT_STREQ(e.what(),
               "interrupted by SIGINT: 2_slow was rolled back: it is not applied; 1 migration applied by this run: 1_a");
  // The three were sent together; the cancel request ended the one running.
  EXPECT_EQ(db_.log, (Log{"LOCK", "CREATE HISTORY", "TOGETHER 3", "BEGIN", "EXEC CREATE TABLE a ();", "APPLIED 1_a",
                          "COMMIT", "BEGIN", "EXEC SELECT pg_sleep(60);", "CANCELED", "ROLLBACK", "UNLOCK"}));
  EXPECT_GE(db_.cancel_requests(), 1);
  ASSERT_EQ(db_.rows.size(), 1u);
  EXPECT_EQ(db_.rows[0].migration_name, "1_a");
}

TEST_F(InterruptionTest, SigtermEndsWithItsOwnKind) {
  signal_during("SELECT pg_sleep(60);", SIGTERM);
  Error e = run_error({make_migration("1_slow", "SELECT pg_sleep(60);")});
  EXPECT_EQ(e.kind(), ErrorKind::kTerminated);
  EXPECT_EQ(exit_code_for(e.kind()), 143);
  EXPECT_STREQ(e.what(), "interrupted by SIGTERM: 1_slow was rolled back: it is not applied; no migration applied by "
                         "this run");
}

TEST_F(InterruptionTest, ANonTransactionalFileIsLeftFailedWithWhatToDo) {
  const std::string sql = "CREATE INDEX CONCURRENTLY i ON t (a);\nSELECT pg_sleep(60);\nCREATE INDEX CONCURRENTLY j ON t (b);\n";
  signal_during("SELECT pg_sleep(60)", SIGINT);
  Error e = run_error({make_migration("1_idx", sql)});
  EXPECT_EQ(e.kind(), ErrorKind::kInterrupted);
  EXPECT_STREQ(e.what(), "interrupted by SIGINT: 1_idx runs outside a transaction and was stopped at "
                         "migrations/1_idx/migration.sql:2: the statements before that line stayed applied, and it "
                         "is recorded as failed; no migration applied by this run");
  EXPECT_EQ(e.hint(), "undo or finish its effects by hand, then run `qdb prod db resolve --rolled-back 1_idx` to run it "
                      "again (or `--applied 1_idx` if you completed it)");
  EXPECT_EQ(db_.log, (Log{"LOCK", "STARTED 1_idx", "EXEC CREATE INDEX CONCURRENTLY i ON t (a)",
                          "EXEC SELECT pg_sleep(60)", "CANCELED", "ROLLBACK", "FAILED 1_idx", "UNLOCK"}));
  ASSERT_EQ(db_.rows.size(), 1u);
  EXPECT_TRUE(db_.rows[0].failed());
  EXPECT_EQ(db_.rows[0].logs.value_or(""), "interrupted by SIGINT at statement 2 (line 2); the statements before it "
                                           "stayed applied");
}

TEST_F(InterruptionTest, ASignalAfterAStatementEndedStopsBeforeTheNextMigration) {
  // The signal arrives while 1_a runs, and 1_a ends before the cancel request could reach it.
  // (2_b cannot run in a transaction, so 1_a is sent alone.)
  db_.on_execute = [this](const std::string& text) {
    if (text == "CREATE TABLE a ();") send_and_wait_for_cancel(SIGINT);
  };
  Error e = run_error({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "VACUUM;")});
  EXPECT_STREQ(e.what(), "interrupted by SIGINT: stopped before 2_b: it is not applied; 1 migration applied by this "
                         "run: 1_a");
  EXPECT_EQ(db_.log, (Log{"LOCK", "BEGIN", "EXEC CREATE TABLE a ();", "APPLIED 1_a", "COMMIT", "UNLOCK"}));
}

TEST_F(InterruptionTest, ACancelAmongMigrationsSentTogetherKeepsThoseCommittedAndStops) {
  // Sent together, 1_a commits; the cancel request ends what runs next, 2_b, which is rolled back.
  db_.on_execute = [this](const std::string& text) {
    if (text == "CREATE TABLE a ();") send_and_wait_for_cancel(SIGINT);
  };
  Error e = run_error({make_migration("1_a", "CREATE TABLE a ();"), make_migration("2_b", "CREATE TABLE b ();"),
                       make_migration("3_c", "CREATE TABLE c ();")});
  EXPECT_EQ(e.kind(), ErrorKind::kInterrupted);
  EXPECT_STREQ(e.what(), "interrupted by SIGINT: 2_b was rolled back: it is not applied; 1 migration applied by this "
                         "run: 1_a");
  EXPECT_EQ(db_.log, (Log{"LOCK", "TOGETHER 3", "BEGIN", "EXEC CREATE TABLE a ();", "APPLIED 1_a", "COMMIT", "BEGIN",
                          "CANCELED", "ROLLBACK", "UNLOCK"}));
  ASSERT_EQ(db_.rows.size(), 1u);
  EXPECT_EQ(db_.rows[0].migration_name, "1_a");
}

TEST_F(InterruptionTest, ASignalWhileWaitingForTheLockStopsTheWait) {
  db_.lock_busy_attempts = -1;
  InterruptScope interrupts(system_, db_);
  send_and_wait_for_cancel(SIGINT);
  try {
    migrate::acquire_lock(db_, 3600, observer_, system_, interrupts.asker());
    ADD_FAILURE() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInterrupted);
    EXPECT_STREQ(e.what(), "interrupted by SIGINT while waiting for the migration lock; nothing was applied");
  }
  EXPECT_EQ(system_.sleeps.size(), 0u);  // stopped at the first check, not after the timeout
}

TEST_F(InterruptionTest, WithoutASignalNothingIsCanceled) {
  InterruptScope interrupts(system_, db_);
  migrate::RunOptions options;
  options.interrupted = interrupts.asker();
  migrate::run_migrations(db_, {make_migration("1_a", "CREATE TABLE a ();")}, options, observer_, system_, random_);
  EXPECT_EQ(interrupts.received(), 0);
  EXPECT_EQ(db_.cancel_requests(), 0);
}

TEST_F(InterruptionTest, TheWatchEndsWithTheScope) {
  {
    InterruptScope interrupts(system_, db_);
    EXPECT_EQ(system_.interrupt_watches(), 1);
  }
  EXPECT_EQ(system_.interrupt_watches(), 0);
  EXPECT_FALSE(system_.interrupt(SIGINT));
}

}  // namespace
}  // namespace qdb::cli
