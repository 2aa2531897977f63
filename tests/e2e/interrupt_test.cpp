// Ctrl-C and SIGTERM while a migration runs on a real server: the statement is canceled on the
// server, the transaction rolled back, the lock released, and qdb says what is left.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <thread>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

using Clock = std::chrono::steady_clock;

// Sleeps 60 s unless the database's qdb_test.sleep setting says otherwise: the run after the
// interrupted one applies the same file quickly.
constexpr const char* kSlow =
    "CREATE TABLE slow (id int);\n"
    "SELECT pg_sleep(coalesce(nullif(current_setting('qdb_test.sleep', true), ''), '60')::float8);\n";

class InterruptTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  std::unique_ptr<BackgroundProcess> start(const Project& project, std::vector<std::string> args) {
    args.push_back("--url");
    args.push_back(db_.url());
    ProcessOptions options;
    options.cwd = project.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return start_qdb(args, options);
  }
  ProcessResult qdb(const Project& project, std::vector<std::string> args) {
    args.push_back("--url");
    args.push_back(db_.url());
    ProcessOptions options;
    options.cwd = project.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }
  // Polls `condition` every 20 ms until it holds or `seconds` pass.
  static bool poll(double seconds, const std::function<bool()>& condition) {
    const auto deadline = Clock::now() + std::chrono::duration<double>(seconds);
    while (!condition()) {
      if (Clock::now() >= deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
  }
  std::string sleeping_backends() {
    return db_.value("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
                     "AND query LIKE '%pg_sleep(%' AND pid <> pg_backend_pid()");
  }
  std::string lock_holders() {
    return db_.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369 AND granted "
                     "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
  }
  std::string qdb_backends_in_transaction() {
    return db_.value("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                     "pg_backend_pid() AND backend_type = 'client backend' AND state LIKE 'idle in transaction%'");
  }
  // Starts migrate, waits until the slow statement runs on the server, sends `signal`, and checks
  // that within 2 s the statement has stopped and the lock is free.
  ProcessResult interrupt_slow_migration(const Project& project, int signal) {
    std::unique_ptr<BackgroundProcess> run = start(project, {"prod", "db", "migrate"});
    EXPECT_TRUE(poll(60, [&] { return sleeping_backends() == "1"; })) << run->wait(5).err;
    run->signal(signal);
    const auto sent = Clock::now();
    EXPECT_TRUE(poll(2, [&] {
      return sleeping_backends() == "0" && lock_holders() == "0" && qdb_backends_in_transaction() == "0";
    })) << "2 s after the signal: sleeping " << sleeping_backends() << ", lock holders " << lock_holders();
    const double seconds = std::chrono::duration<double>(Clock::now() - sent).count();
    EXPECT_LT(seconds, 2.0);
    return run->wait(30);
  }
  TestDatabase db_;
};

TEST_F(InterruptTest, CtrlCCancelsTheStatementRollsBackReleasesTheLockAndExits130) {
  Project project;
  project.add_migration("20240101000000_init", "CREATE TABLE kept (id int);\nINSERT INTO kept VALUES (1);\n");
  project.add_migration("20240102000000_slow", kSlow);
  ProcessResult r = interrupt_slow_migration(project, SIGINT);
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_NE(r.err.find("error: interrupted by SIGINT: 20240102000000_slow was rolled back: it is not applied; 1 "
                       "migration applied by this run: 20240101000000_init\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db_.rows("SELECT migration_name || ':' || (finished_at IS NOT NULL) FROM _prisma_migrations ORDER BY 1"),
            (std::vector<std::string>{"20240101000000_init:true"}));
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'slow'"), "0");
  EXPECT_EQ(db_.value("SELECT count(*) FROM kept"), "1");

  // The next run applies it.
  db_.execute("ALTER DATABASE " + db_.name() + " SET qdb_test.sleep = '0'");
  ProcessResult next = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(db_.rows("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1"),
            (std::vector<std::string>{"20240101000000_init", "20240102000000_slow"}));
}

TEST_F(InterruptTest, SigtermDoesTheSameAndExits143) {
  Project project;
  project.add_migration("20240102000000_slow", kSlow);
  ProcessResult r = interrupt_slow_migration(project, SIGTERM);
  EXPECT_EQ(r.exit_code, 143) << r.err;
  EXPECT_NE(r.err.find("error: interrupted by SIGTERM: 20240102000000_slow was rolled back: it is not applied; no "
                       "migration applied by this run\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations"), "0");
}

TEST_F(InterruptTest, AFileOutsideATransactionIsLeftFailedWithWhatToDo) {
  Project project;
  project.add_migration("20240102000000_slow",
                        "CREATE TABLE slow (id int);\nCREATE INDEX CONCURRENTLY slow_id ON slow (id);\n"
                        "SELECT pg_sleep(60);\nCREATE TABLE never (id int);\n");
  ProcessResult r = interrupt_slow_migration(project, SIGINT);
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_NE(r.err.find("error: interrupted by SIGINT: 20240102000000_slow runs outside a transaction and was stopped "
                       "at migrations/20240102000000_slow/migration.sql:3: the statements before that line stayed "
                       "applied, and it is recorded as failed; no migration applied by this run\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("db resolve --rolled-back 20240102000000_slow"), std::string::npos) << r.err;
  EXPECT_EQ(db_.rows("SELECT migration_name || ':' || (finished_at IS NULL) || ':' || coalesce(logs, '') FROM "
                     "_prisma_migrations"),
            (std::vector<std::string>{"20240102000000_slow:true:interrupted by SIGINT at statement 3 (line 3); the "
                                      "statements before it stayed applied"}));
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename IN ('slow', 'never')"), "1");
}

}  // namespace
}  // namespace qdb::test
