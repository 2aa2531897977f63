// The validate differential corpus: tests/golden/validate_oracle/ holds schemas (every attribute
// and argument form, mutations of them, line deletions of the golden schemas), each beside the
// verdict Prisma 6.19.3's validator gave it. qdb must give the same verdict, valid or invalid.
// tests/oracle/README.md says how the corpus is made and how to ask Prisma again.
//
// The few cases where qdb rejects on purpose what Prisma accepts are listed, with the reason, in
// tests/golden/validate_oracle_known.txt; a listed case that starts to agree fails the test too,
// so the list cannot go stale.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "prisma/load.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::prisma {
namespace {

struct OracleCase {
  std::string name;
  std::string text;
  bool valid = false;
};

std::vector<OracleCase> oracle_cases() {
  std::vector<OracleCase> cases;
  for (const auto& entry : std::filesystem::directory_iterator(test::golden_path("validate_oracle"))) {
    if (entry.path().extension() != ".prisma") continue;
    std::filesystem::path verdict = entry.path();
    verdict.replace_extension(".verdict");
    const std::string first_line = test::read_file(verdict).substr(0, test::read_file(verdict).find('\n'));
    cases.push_back({entry.path().stem().string(), test::read_file(entry.path()), first_line == "valid"});
    EXPECT_TRUE(first_line == "valid" || first_line == "invalid") << verdict << " has no verdict";
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

/// Case name → reason, from the list of intended differences.
std::map<std::string, std::string> known_differences() {
  std::map<std::string, std::string> known;
  std::istringstream lines(test::read_file(test::golden_path("validate_oracle_known.txt")));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t space = line.find(' ');
    known[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return known;
}

TEST(ValidateOracle, QdbGivesPrismasVerdictOnEveryStoredSchema) {
  const std::vector<OracleCase> cases = oracle_cases();
  ASSERT_GE(cases.size(), 1000u) << "the corpus is missing";
  const std::map<std::string, std::string> known = known_differences();
  size_t agreed = 0;
  for (const OracleCase& c : cases) {
    LoadResult result = load_schema({{c.name + ".prisma", c.text}});
    const bool differs = result.ok() != c.valid;
    const bool listed = known.count(c.name) != 0;
    if (differs && !listed) {
      ADD_FAILURE() << "validate_oracle/" << c.name << ".prisma: Prisma says "
                    << (c.valid ? "valid" : "invalid") << ", qdb says " << (result.ok() ? "valid" : "invalid")
                    << "\n" << c.text << "\nqdb's diagnostics:\n" << result.format_diagnostics();
    } else if (!differs && listed) {
      ADD_FAILURE() << "validate_oracle/" << c.name << " is listed in validate_oracle_known.txt but qdb now "
                    << "agrees with Prisma: remove it from the list";
    }
    agreed += differs ? 0 : 1;
  }
  std::cout << "validate oracle: qdb agrees with Prisma on " << agreed << " of " << cases.size() << " schemas\n";
}

}  // namespace
}  // namespace qdb::prisma
