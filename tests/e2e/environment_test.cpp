// Where the database URL comes from, end to end: the real environment and env files, and the
// schema's env("..."). Each rule is tested in-process in tests/unit/cli/run_cli_test.cpp.
#include <gtest/gtest.h>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

class EnvironmentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessResult qdb(const Project& project, const std::vector<std::string>& args,
                    std::map<std::string, std::optional<std::string>> env = {}) {
    ProcessOptions options;
    options.cwd = project.root();
    options.env = std::move(env);
    options.env.emplace("DATABASE_URL", std::nullopt);
    options.env.emplace("NODE_ENV", std::nullopt);
    return run_qdb(args, options);
  }
  TestDatabase db_;
};

TEST_F(EnvironmentTest, DotEnvIsReadAndTheShellWins) {
  Project project(true);
  project.write(".env", "DATABASE_URL=postgresql://nobody@127.0.0.1:1/nowhere\n");
  EXPECT_EQ(qdb(project, {"prod", "db", "status"}).exit_code, 6);
  ProcessResult r = qdb(project, {"prod", "db", "status", "-v"}, {{"DATABASE_URL", db_.url()}});
  EXPECT_EQ(r.exit_code, 12) << r.err;
  EXPECT_NE(r.err.find("Using DATABASE_URL (from environment)"), std::string::npos) << r.err;
}

TEST_F(EnvironmentTest, ABrokenProductionUrlLineNeverMigratesTheDevelopmentDatabase) {
  Project project(true);
  project.write(".env", "DATABASE_URL=" + db_.url() + "\n");
  project.write(".env.production", "DATABASE_URL=\"postgresql://prod:s3cret@127.0.0.1:1/prod\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"}, {{"NODE_ENV", "production"}});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("error: .env.production:1:"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = '_prisma_migrations'"), "0");
}

TEST_F(EnvironmentTest, TheSchemaDatasourceNamesTheVariable) {
  Project project(true);
  std::string schema = project.read("schema/schema.prisma");
  size_t at = schema.find("env(\"DATABASE_URL\")");
  ASSERT_NE(at, std::string::npos);
  schema.replace(at, 19, "env(\"APP_DB_URL\")");
  project.write("schema/schema.prisma", schema);
  project.write(".env", "APP_DB_URL=" + db_.url() + "\n");
  ProcessResult r = qdb(project, {"prod", "db", "status", "-v"});
  EXPECT_EQ(r.exit_code, 12) << r.err;
  EXPECT_NE(r.err.find("Using APP_DB_URL (from .env:1)"), std::string::npos) << r.err;
  // [database] url_env in qdb.toml outranks the schema.
  project.write("qdb.toml", "[database]\nurl_env = \"OTHER_URL\"\n");
  ProcessResult other = qdb(project, {"prod", "db", "status"});
  EXPECT_EQ(other.exit_code, 3) << other.err;
  EXPECT_NE(other.err.find("OTHER_URL is not set"), std::string::npos) << other.err;
}

}  // namespace
}  // namespace qdb::test
