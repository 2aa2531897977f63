// `qdb completion` and `qdb __complete` run as a shell runs them: no database involved. The walk
// over the command tree is tested by tests/unit/cli/completion_test.cpp, and the scripts in their
// shells by tests/completion/check_completion.sh.
#include <gtest/gtest.h>

#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

TEST(CompletionCommand, PrintsTheScriptOfEachShellAndRejectsOthers) {
  Project project;
  ProcessResult bash = run_qdb_in(project, {"completion", "bash"});
  ASSERT_EQ(bash.exit_code, 0) << bash.err;
  EXPECT_NE(bash.out.find("complete -F _qdb qdb\n"), std::string::npos);
  ProcessResult other = run_qdb_in(project, {"completion", "tcsh"});
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_EQ(other.err.substr(0, other.err.find('\n')), "error: no completion for shell \"tcsh\" (shells: bash, zsh, fish)");
  ProcessResult none = run_qdb_in(project, {"completion"});
  EXPECT_EQ(none.exit_code, 2);
}

TEST(CompletionCommand, CompleteListsProfilesOfTheProjectAndItsMigrations) {
  Project project;
  project.write("qdb.toml", "[profiles.staging]\nextends = \"prod\"\n");
  project.add_migration("20250101000000_init", "SELECT 1;\n");
  ProcessResult profiles = run_qdb_in(project, {"__complete", "st"});
  ASSERT_EQ(profiles.exit_code, 0) << profiles.err;
  EXPECT_EQ(profiles.out, "staging\tprofile \"staging\" from qdb.toml\n");
  ProcessResult names = run_qdb_in(project, {"__complete", "staging", "db", "resolve", "--applied", ""});
  EXPECT_EQ(names.out, "20250101000000_init\tmigration\n");
}

}  // namespace
}  // namespace qdb::test
