// `qdb dev db diff --from-migrations` as a user runs it: the temporary shadow database is gone
// after a failing migration and after Ctrl-C. Skipped while the binary has no `db diff` command.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/temp_dir.hpp"

namespace qdb::test {
namespace {

class DiffShadowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
    if (run_qdb({"dev", "db", "diff", "--help"}).exit_code != 0) {
      GTEST_SKIP() << "`qdb dev db diff --help` fails: this build has no `db diff` command yet, so the "
                      "shadow database is tested through tests/integration/shadow_database_test.cpp only";
    }
    dir_.write("schema/schema.prisma",
               "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
               "model User {\n  id Int @id\n}\n");
  }

  bool database_exists(const std::string& name) const {
    return db_.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'") == "1";
  }

  std::vector<std::string> diff_args() const {
    return {"-v", "dev", "db", "diff", "--from-migrations", (dir_.path() / "migrations").string(), "--to-schema",
            (dir_.path() / "schema/schema.prisma").string(), "--script"};
  }

  TestDatabase db_;
  TempDir dir_;
};

TEST_F(DiffShadowTest, AFailingMigrationExits8AndLeavesNoShadowDatabase) {
  dir_.write("migrations/20250101000000_bad/migration.sql", "CREATE TABLE \"User\" (id int);\nSELECT nope;\n");
  ProcessOptions options;
  options.cwd = dir_.path();
  options.env["DATABASE_URL"] = db_.url();
  ProcessResult result = run_qdb(diff_args(), options);
  EXPECT_EQ(result.exit_code, 8) << result.err;
  size_t at = result.err.find("\"qdb_shadow_");
  ASSERT_NE(at, std::string::npos) << result.err;
  std::string name = result.err.substr(at + 1, std::string("qdb_shadow_").size() + 12);
  EXPECT_FALSE(database_exists(name));
}

TEST_F(DiffShadowTest, SigintDropsTheShadowDatabaseAndExits130) {
  std::random_device random;
  const std::string marker = "qdb_e2e_sigint_" + std::to_string(random());
  dir_.write("migrations/20250101000000_slow/migration.sql", "SELECT pg_sleep(60) /* " + marker + " */;\n");
  std::vector<std::string> args = diff_args();
  args.insert(args.begin(), QDB_BINARY);
  const std::string url = db_.url();
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    if (chdir(dir_.path().c_str()) != 0) _exit(127);
    setenv("DATABASE_URL", url.c_str(), 1);
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  std::string shadow;
  for (int i = 0; i < 200 && shadow.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto rows = db_.rows("SELECT datname FROM pg_stat_activity WHERE query LIKE '%" + marker +
                         " */%' AND pid <> pg_backend_pid()");
    if (!rows.empty()) shadow = rows[0];
  }
  if (shadow.empty()) kill(child, SIGKILL);
  ASSERT_FALSE(shadow.empty()) << "the replay never started";
  kill(child, SIGINT);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130);
  EXPECT_FALSE(database_exists(shadow));
}

}  // namespace
}  // namespace qdb::test
