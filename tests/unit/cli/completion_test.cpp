#include "cli/completion.hpp"

#include <gtest/gtest.h>

#include "cli/app.hpp"
#include "cli/completion_scripts.hpp"

namespace qdb::cli {
namespace {

class CompletionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<Diagnostic> d;
    project_ = config::parse_project_config("/p", "qdb.toml", "[profiles.staging]\nextends = \"prod\"\n", d);
    ASSERT_TRUE(d.empty());
    build_cli(app_, invocation_, project_);
    sources_.refused = [](const std::string& profile, const std::string& command) {
      return profile != "dev" && command == "reset";
    };
    sources_.migration_names = [] {
      return std::vector<std::string>{"20250101000000_init", "20250214093000_add_users", "20260101000000_next"};
    };
  }
  // The values offered for the command line `words` (the last word is under the cursor).
  std::vector<std::string> values(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const CompletionCandidate& c : complete(app_, words, sources_).candidates) out.push_back(c.value);
    return out;
  }
  config::ProjectConfig project_;
  CLI::App app_;
  Invocation invocation_;
  CompletionSources sources_;
};

using Words = std::vector<std::string>;

TEST_F(CompletionTest, FirstWordIsAProfileOrCompletion) {
  EXPECT_EQ(values({""}), (Words{"dev", "prod", "staging", "completion"}));
  EXPECT_EQ(values({"pr"}), Words{"prod"});
  EXPECT_EQ(values({"st"}), Words{"staging"});
}

TEST_F(CompletionTest, GroupThenCommands) {
  EXPECT_EQ(values({"prod", ""}), Words{"db"});
  EXPECT_EQ(values({"dev", "db", "res"}), (Words{"reset", "resolve"}));
  EXPECT_EQ(values({"staging", "db", "gen"}), Words{"generate-types"});
}

TEST_F(CompletionTest, CommandsTheProfileRefusesAreNotOffered) {
  EXPECT_EQ(values({"prod", "db", "res"}), Words{"resolve"});
  EXPECT_EQ(values({"--json", "staging", "db", "re"}), Words{"resolve"});
}

TEST_F(CompletionTest, GlobalOptionsBeforeTheProfileAreSkippedWithTheirValues) {
  EXPECT_EQ(values({"--url", "postgresql://h/d", "--json", "prod", "db", "sta"}), (Words{"status", "start"}));
  EXPECT_EQ(values({"--wait", "5", "prod", "db", "wa"}), Words{"wait"});
  EXPECT_EQ(values({"--wait", "prod", "db", "wa"}), Words{"wait"});
}

TEST_F(CompletionTest, OptionsOfTheCommandAndGlobalOnes) {
  EXPECT_EQ(values({"prod", "db", "resolve", "--"}),
            (Words{"--help", "--applied", "--rolled-back", "--lock-timeout", "--version", "--url", "--config", "--json",
                   "--verbose", "--quiet", "--no-color", "--wait"}));
  EXPECT_EQ(values({"prod", "db", "migrate", "--dr"}), Words{"--dry-run"});
  EXPECT_EQ(values({"--js"}), Words{"--json"});
}

TEST_F(CompletionTest, MigrationNamesForResolve) {
  EXPECT_EQ(values({"prod", "db", "resolve", "--rolled-back", "2025"}),
            (Words{"20250101000000_init", "20250214093000_add_users"}));
  EXPECT_EQ(values({"prod", "db", "resolve", "--applied", "2026"}), Words{"20260101000000_next"});
  // After the value, options again.
  EXPECT_EQ(values({"prod", "db", "resolve", "--applied", "20260101000000_next", "--lock"}), Words{"--lock-timeout"});
}

TEST_F(CompletionTest, FileValuesAreLeftToTheShell) {
  Completion c = complete(app_, {"--config", "q"}, sources_);
  EXPECT_TRUE(c.files);
  EXPECT_TRUE(c.candidates.empty());
  EXPECT_EQ(format_completion(c), ":files\n");
}

TEST_F(CompletionTest, ValuesOfOtherOptionsAreNotGuessed) {
  Completion c = complete(app_, {"--url", ""}, sources_);
  EXPECT_FALSE(c.files);
  EXPECT_TRUE(c.candidates.empty());
}

TEST_F(CompletionTest, ShellsOfTheCompletionCommand) {
  EXPECT_EQ(values({"completion", ""}), (Words{"bash", "zsh", "fish"}));
  EXPECT_EQ(values({"completion", "z"}), Words{"zsh"});
}

TEST_F(CompletionTest, EveryShellHasAScript) {
  for (const char* shell : kCompletionShells) EXPECT_TRUE(completion_script(shell).has_value()) << shell;
  EXPECT_FALSE(completion_script("powershell").has_value());
}

TEST_F(CompletionTest, FormatGivesOneLinePerCandidateWithItsDescription) {
  Completion c;
  c.candidates = {{"prod", "Apply only\nno destructive"}, {"db", ""}};
  EXPECT_EQ(format_completion(c), "prod\tApply only no destructive\ndb\n");
}

TEST_F(CompletionTest, DescriptionsComeFromTheTree) {
  Completion c = complete(app_, {"prod", "db", "wai"}, sources_);
  ASSERT_EQ(c.candidates.size(), 1u);
  EXPECT_EQ(c.candidates[0].description, "Wait until the server accepts connections (default up to 30 s)");
}

}  // namespace
}  // namespace qdb::cli
