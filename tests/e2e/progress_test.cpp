// What a long migration and a long seed show while they run: on a terminal a live elapsed time,
// in a CI log a plain line every 10 s, with -q nothing.
#include <gtest/gtest.h>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

class ProgressTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessOptions options(const Project& project) {
    ProcessOptions o;
    o.cwd = project.root();
    o.env["DATABASE_URL"] = db_.url();
    o.env.emplace("NO_COLOR", "1");
    return o;
  }
  ProcessResult in_log(const Project& project, const std::vector<std::string>& args) {
    return run_qdb(args, options(project));
  }
  // On a pseudo-terminal: stdout and stderr merged, as a person sees them.
  ProcessResult on_terminal(const Project& project, const std::vector<std::string>& args) {
    return run_in_terminal(QDB_BINARY, args, options(project), "a prompt that never comes", "");
  }
  TestDatabase db_;
};

TEST_F(ProgressTest, ACiLogGetsALineBeforeEachMigrationAndEveryTenSecondsOfALongOne) {
  Project project;
  project.add_migration("001_quick", "CREATE TABLE quick (id int);\n");
  // Outside a transaction, so each goes alone and the long one is named.
  project.add_migration("002_slow", "SELECT pg_sleep(12);\nVACUUM quick;\n");
  ProcessResult r = in_log(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Progress on stderr, the result (each applied migration) on stdout.
  EXPECT_NE(r.err.find("Applying 001_quick ...\nApplying 002_slow (outside a transaction) ...\n"
                       "  002_slow still running after 10 s\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("  applied 001_quick in "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  applied 002_slow in "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Applying"), std::string::npos) << r.out;
  EXPECT_EQ(r.err.find("still running after 20 s"), std::string::npos) << r.err;
}

TEST_F(ProgressTest, MigrationsSentTogetherAreNamedTogetherWhileTheyRun) {
  Project project;
  project.add_migration("001_quick", "CREATE TABLE quick (id int);\n");
  project.add_migration("002_slow", "SELECT pg_sleep(12);\n");
  ProcessResult r = in_log(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Applying 2 migrations together, 001_quick to 002_slow, each in its own transaction ...\n"
                       "  2 migrations (001_quick to 002_slow) still running after 10 s\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("  applied 001_quick in "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  applied 002_slow in "), std::string::npos) << r.out;
}

TEST_F(ProgressTest, ATerminalGetsALiveElapsedTimeThatIsErasedWhenTheMigrationEnds) {
  Project project;
  project.add_migration("001_slow", "SELECT pg_sleep(3.5);\n");
  ProcessResult r = on_terminal(project, {"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Applying 001_slow ...\r\n"), std::string::npos) << r.out;
  // Redrawn in place each second from 2 s on, then erased before the result.
  EXPECT_NE(r.out.find("\r\033[K001_slow: 2 s"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" s\r\033[K  applied 001_slow in "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("001_slow: 1 s"), std::string::npos) << r.out;
}

TEST_F(ProgressTest, QuietSilencesAllOfIt) {
  Project project;
  project.add_migration("001_slow", "SELECT pg_sleep(3.5);\n");
  ProcessResult r = on_terminal(project, {"prod", "db", "migrate", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  // Only the result is left, which -q keeps on stdout.
  EXPECT_EQ(r.out.find("Applying"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("001_slow:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\033[K"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  applied 001_slow in "), std::string::npos) << r.out;
}

TEST_F(ProgressTest, ResetShowsItsReplayAndItsSeed) {
  Project project;
  project.add_migration("001_table", "CREATE TABLE t (id int);\n");
  project.write("qdb.toml", "[seed]\nsql = \"seed.sql\"\n");
  project.write("seed.sql", "INSERT INTO t VALUES (1);\nSELECT pg_sleep(3.5);\n");
  ProcessResult r = on_terminal(project, {"dev", "db", "reset", "--force", "--skip-generate"});
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Applying 001_table ...\r\n  applied 001_table in "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Seeding with seed.sql ...\r\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\r\033[Kseed.sql: 2 s"), std::string::npos) << r.out;
  EXPECT_EQ(db_.value("SELECT count(*) FROM t"), "1");
}

}  // namespace
}  // namespace qdb::test
