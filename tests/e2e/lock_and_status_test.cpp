// Several migrators at once, the advisory lock, and `status` exit codes, against a real server.
#include <gtest/gtest.h>

#include <future>

#include "pg/admin.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

// The URL with its user information replaced by `userinfo` (user:password).
std::string with_user(std::string url, const std::string& userinfo) {
  size_t start = url.find("://") + 3;
  url.replace(start, url.find('@') - start, userinfo);
  return url;
}

class LockAndStatusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessResult qdb(const Project& project, std::vector<std::string> args) {
    args.push_back("--url");
    args.push_back(db_.url());
    ProcessOptions options;
    options.cwd = project.root();
    return run_qdb(args, options);
  }
  TestDatabase db_;
};

TEST_F(LockAndStatusTest, EightConcurrentMigratorsApplyEachMigrationOnce) {
  Project project;
  for (int i = 0; i < 20; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%03d_step", i);
    // pg_sleep widens the window in which a second applier would collide.
    project.add_migration(name, "CREATE TABLE t" + std::to_string(i) + " (id int);\nSELECT pg_sleep(0.01);\n");
  }
  std::vector<std::future<ProcessResult>> runs;
  for (int i = 0; i < 8; ++i) {
    runs.push_back(std::async(std::launch::async, [&] { return qdb(project, {"prod", "db", "migrate", "--lock-timeout", "60"}); }));
  }
  for (auto& run : runs) {
    ProcessResult r = run.get();
    EXPECT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_EQ(db_.value("SELECT count(*) || '/' || count(DISTINCT migration_name) FROM _prisma_migrations "
                      "WHERE finished_at IS NOT NULL"),
            "20/20");
}

TEST_F(LockAndStatusTest, LockTimeoutNamesTheHolder) {
  Project project(true);
  db::ConnectionSettings settings = db_.settings();
  settings.conninfo += " application_name='deploy-job-42'";
  pg::AdminConnection holder(settings);
  holder.execute("SELECT pg_advisory_lock(72707369)");
  ProcessResult r = qdb(project, {"prod", "db", "migrate", "--lock-timeout", "0.5"});
  EXPECT_EQ(r.exit_code, 7) << r.err;
  EXPECT_NE(r.err.find("error: timed out after 0.5 s waiting for the migration lock (advisory lock 72707369)"),
            std::string::npos)
      << r.err;
  // The holder came over TCP (the test server's URL is 127.0.0.1), so it is not a local socket.
  EXPECT_NE(r.err.find("held by pid "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(deploy-job-42, user postgres, from 127.0.0.1:"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("local socket"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" s ago)"), std::string::npos) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'users'"), "0");
  holder.execute("SELECT pg_advisory_unlock(72707369)");
  EXPECT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
}

// pg_stat_activity hides another role's client and start time from a role without
// pg_read_all_stats: qdb says so rather than printing blanks, and shows them once it may see them.
TEST_F(LockAndStatusTest, LockHeldByAnotherRoleIsDescribed) {
  Project project(true);
  const std::string holder_role = db_.name() + "_holder";
  const std::string viewer_role = db_.name() + "_viewer";
  db_.execute("CREATE ROLE " + holder_role + " LOGIN PASSWORD 'pw'; CREATE ROLE " + viewer_role +
              " LOGIN PASSWORD 'pw'; GRANT CREATE ON SCHEMA public TO " + viewer_role);
  std::string holder_url = with_user(db_.url(), holder_role + ":pw");
  db::ConnectionSettings settings = settings_from_url(holder_url);
  settings.conninfo += " application_name='nightly-batch'";
  {
    pg::AdminConnection holder(settings);
    holder.execute("SELECT pg_advisory_lock(72707369)");
    ProcessOptions options;
    options.cwd = project.root();
    const std::vector<std::string> args = {"prod", "db", "migrate", "--lock-timeout", "0.3", "--url",
                                           with_user(db_.url(), viewer_role + ":pw")};
    ProcessResult hidden = run_qdb(args, options);
    EXPECT_EQ(hidden.exit_code, 7) << hidden.err;
    EXPECT_NE(hidden.err.find("(nightly-batch, user " + holder_role +
                              "; its client address and connection time are hidden from role " + viewer_role +
                              ": pg_stat_activity shows them only to the same role, members of pg_read_all_stats "
                              "and superusers)"),
              std::string::npos)
        << hidden.err;
    EXPECT_EQ(hidden.err.find("local socket"), std::string::npos) << hidden.err;

    db_.execute("GRANT pg_read_all_stats TO " + viewer_role);
    ProcessResult seen = run_qdb(args, options);
    EXPECT_EQ(seen.exit_code, 7) << seen.err;
    EXPECT_NE(seen.err.find("(nightly-batch, user " + holder_role + ", from 127.0.0.1:"), std::string::npos)
        << seen.err;
    EXPECT_NE(seen.err.find(", connected since 20"), std::string::npos) << seen.err;
    EXPECT_EQ(seen.err.find("local socket"), std::string::npos) << seen.err;
  }
  db_.execute("REVOKE CREATE ON SCHEMA public FROM " + viewer_role + "; DROP ROLE " + viewer_role + "; DROP ROLE " +
              holder_role);
}

TEST_F(LockAndStatusTest, StatusExitCodes) {
  Project project(true);
  ProcessResult pending = qdb(project, {"prod", "db", "status"});
  EXPECT_EQ(pending.exit_code, 12) << pending.err;
  EXPECT_NE(pending.out.find("Pending migrations:\n  20250101000000_init\n  20250101000100_hot_query_indexes\n"),
            std::string::npos)
      << pending.out;

  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  ProcessResult ok = qdb(project, {"prod", "db", "status", "--json"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("\"up_to_date\": true"), std::string::npos) << ok.out;

  project.add_migration("20250101000100_hot_query_indexes", "-- edited\n");
  ProcessResult edited = qdb(project, {"prod", "db", "status", "--json"});
  EXPECT_EQ(edited.exit_code, 14) << edited.err;
  EXPECT_NE(edited.out.find("\"edited\": [\n    \"20250101000100_hot_query_indexes\"\n  ]"), std::string::npos)
      << edited.out;

  std::filesystem::remove_all(project.root() / "migrations" / "20250101000100_hot_query_indexes");
  ProcessResult missing = qdb(project, {"prod", "db", "status"});
  EXPECT_EQ(missing.exit_code, 14) << missing.err;
  EXPECT_NE(missing.err.find("warning: migration 20250101000100_hot_query_indexes is applied but missing from "
                             "migrations"),
            std::string::npos)
      << missing.err;

  db_.execute("INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES "
              "('00000000-0000-4000-8000-000000000000', 'x', '20250102000000_broken', 'ERROR: boom')");
  ProcessResult failed = qdb(project, {"prod", "db", "status"});
  EXPECT_EQ(failed.exit_code, 13) << failed.err;
  EXPECT_NE(failed.err.find("error: migration 20250102000000_broken failed"), std::string::npos) << failed.err;
  EXPECT_NE(failed.out.find("`qdb prod db resolve --rolled-back 20250102000000_broken`"), std::string::npos)
      << failed.out;
}

TEST_F(LockAndStatusTest, OutOfOrderPendingMigrationIsReported) {
  Project project;
  project.add_migration("002_second", "CREATE TABLE b (id int);\n");
  ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 0);
  project.add_migration("001_first", "CREATE TABLE a (id int);\n");
  ProcessResult status = qdb(project, {"prod", "db", "status", "--json"});
  EXPECT_EQ(status.exit_code, 12);
  EXPECT_NE(status.out.find("\"out_of_order\": [\n    \"001_first\"\n  ]"), std::string::npos) << status.out;
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning: migration 001_first sorts before migrations already applied"), std::string::npos)
      << r.err;
}

TEST_F(LockAndStatusTest, OutOfOrderPendingMigrationIsRefusedInDev) {
  Project project;
  project.add_migration("002_second", "CREATE TABLE b (id int);\n");
  ASSERT_EQ(qdb(project, {"dev", "db", "migrate"}).exit_code, 0);
  project.add_migration("001_first", "CREATE TABLE a (id int);\n");
  ProcessResult r = qdb(project, {"dev", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 9) << r.err;
  EXPECT_NE(r.err.find("error: migration 001_first sorts before migrations already applied; a reset would replay it "
                       "in another order, so it is not applied"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("out_of_order = \"warn\""), std::string::npos) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'a'"), "0");
  // Allowed where qdb.toml says so.
  project.write("qdb.toml", "[profiles.dev]\nout_of_order = \"warn\"\n");
  ProcessResult allowed = qdb(project, {"dev", "db", "migrate"});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'a'"), "1");
}

}  // namespace
}  // namespace qdb::test
