// The command tree: what the command line sets in Invocation.
#include <gtest/gtest.h>

#include "cli/app.hpp"

namespace qdb::cli {
namespace {

Invocation parse(std::vector<std::string> args) {
  config::ProjectConfig project = config::default_project_config("/project");
  Invocation invocation;
  CLI::App app;
  build_cli(app, invocation, project);
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  app.parse(reversed);
  return invocation;
}

TEST(App, WaitWithoutAValueBeforeTheProfileMeansThirtySeconds) {
  Invocation i = parse({"--wait", "dev", "db", "migrate"});
  EXPECT_EQ(i.profile, "dev");
  EXPECT_EQ(i.command, "migrate");
  EXPECT_EQ(i.global.wait, std::optional<double>(30));
}

TEST(App, WaitWithAValueAfterTheCommand) {
  Invocation i = parse({"dev", "db", "migrate", "--wait=5"});
  EXPECT_EQ(i.command, "migrate");
  EXPECT_EQ(i.global.wait, std::optional<double>(5));
  EXPECT_EQ(parse({"--wait", "2.5", "prod", "db", "status"}).global.wait, std::optional<double>(2.5));
  EXPECT_EQ(parse({"prod", "db", "status", "--wait"}).global.wait, std::optional<double>(30));
  EXPECT_EQ(parse({"prod", "db", "status"}).global.wait, std::nullopt);
}

TEST(App, NegativeWaitIsRejected) {
  EXPECT_THROW(parse({"--wait=-1", "dev", "db", "migrate"}), CLI::ValidationError);
}

TEST(App, PositionalWordsSkipOnlyANumericWaitValue) {
  EXPECT_EQ(positional_words({"--wait", "dev", "db", "migrate"}), (std::vector<std::string>{"dev", "db", "migrate"}));
  EXPECT_EQ(positional_words({"--wait", "5", "dev", "db", "resolve", "--applied", "001_x"}),
            (std::vector<std::string>{"dev", "db", "resolve"}));
}

TEST(App, ResetResolveWaitAndLocalServerOptions) {
  Invocation reset = parse({"dev", "db", "reset", "--force", "--skip-seed", "--lock-timeout", "3"});
  EXPECT_TRUE(reset.force);
  EXPECT_TRUE(reset.skip_seed);
  EXPECT_EQ(reset.lock_timeout, std::optional<double>(3));
  Invocation resolve = parse({"prod", "db", "resolve", "--rolled-back", "002_x"});
  EXPECT_EQ(resolve.resolve_rolled_back, "002_x");
  EXPECT_EQ(resolve.resolve_applied, "");
  EXPECT_THROW(parse({"prod", "db", "resolve", "--applied", "a", "--rolled-back", "b"}), CLI::ExcludesError);
  EXPECT_EQ(parse({"dev", "db", "wait"}).timeout, 30);
  EXPECT_EQ(parse({"dev", "db", "wait", "--timeout", "4"}).timeout, 4);
}

}  // namespace
}  // namespace qdb::cli
