#include "cli/app.hpp"

#include <gtest/gtest.h>

namespace qdb::cli {
namespace {

class AppTest : public ::testing::Test {
 protected:
  void parse(const std::string& line) {
    build_cli(app_, invocation_, project_);
    app_.parse(line);
  }
  config::ProjectConfig project_ = config::default_project_config("/nonexistent");
  CLI::App app_;
  Invocation invocation_;
};

TEST_F(AppTest, ProfileDbCommand) {
  parse("prod db migrate");
  EXPECT_EQ(invocation_.profile, "prod");
  EXPECT_EQ(invocation_.command, "migrate");
  EXPECT_FALSE(invocation_.dry_run);
}

TEST_F(AppTest, GlobalOptionsBeforeOrAfterTheCommand) {
  parse("--json dev db migrate --dry-run --url postgresql://x/y -vv --lock-timeout 2.5 --wait 3");
  EXPECT_EQ(invocation_.profile, "dev");
  EXPECT_TRUE(invocation_.global.json);
  EXPECT_TRUE(invocation_.dry_run);
  EXPECT_EQ(invocation_.global.url, "postgresql://x/y");
  EXPECT_EQ(invocation_.global.verbose, 2);
  EXPECT_EQ(invocation_.lock_timeout.value_or(0), 2.5);
  EXPECT_EQ(invocation_.global.wait.value_or(0), 3.0);
}

TEST_F(AppTest, StatusTakesNoMigrateFlags) {
  EXPECT_THROW(parse("prod db status --dry-run"), CLI::ParseError);
}

TEST_F(AppTest, CommandIsRequired) { EXPECT_THROW(parse("prod db"), CLI::ParseError); }

TEST_F(AppTest, GroupIsRequired) { EXPECT_THROW(parse("prod"), CLI::ParseError); }

TEST_F(AppTest, NegativeLockTimeoutIsRejected) {
  EXPECT_THROW(parse("prod db migrate --lock-timeout -1"), CLI::ParseError);
}

TEST_F(AppTest, ALockTimeoutThatIsNoDurationIsRejected) {
  EXPECT_THROW(parse("prod db migrate --lock-timeout soon"), CLI::ParseError);
}

TEST_F(AppTest, LockTimeoutTakesMillisecondsAsQdbTomlDoes) {
  parse("prod db migrate --lock-timeout 500ms");
  EXPECT_DOUBLE_EQ(*invocation_.lock_timeout, 0.5);
}

TEST_F(AppTest, LockTimeoutTakesMinutesAsQdbTomlDoes) {
  parse("prod db migrate --lock-timeout 2m");
  EXPECT_DOUBLE_EQ(*invocation_.lock_timeout, 120.0);
}

TEST_F(AppTest, ProfilesFromTheConfigBecomeSubcommands) {
  std::vector<Diagnostic> d;
  project_ = config::parse_project_config("/p", "qdb.toml", "[profiles.staging]\nextends = \"prod\"\n", d);
  parse("staging db status");
  EXPECT_EQ(invocation_.profile, "staging");
  EXPECT_EQ(invocation_.command, "status");
}

TEST(PositionalWords, SkipOptionsAndTheirValues) {
  EXPECT_EQ(positional_words({"--url", "postgresql://h/d", "--json", "prod", "db", "--config", "x.toml", "migrate",
                              "--lock-timeout", "3"}),
            (std::vector<std::string>{"prod", "db", "migrate"}));
  EXPECT_EQ(positional_words({"--help"}), std::vector<std::string>{});
}

}  // namespace
}  // namespace qdb::cli
