// Every schema under tests/golden/prisma/errors/ is broken on purpose. The errors qdb reports
// for it are kept beside it in <name>.txt, exactly as `qdb validate` prints them.
#include <gtest/gtest.h>

#include <random>

#include "prisma/load.hpp"
#include "unit/prisma/golden.hpp"

namespace qdb::prisma {
namespace {

std::vector<std::string> error_cases() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(test::golden_path("prisma/errors"))) {
    if (entry.is_directory() || entry.path().extension() == ".prisma") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string case_path(const std::string& name) {
  auto folder = test::golden_path("prisma/errors/" + name);
  return std::filesystem::is_directory(folder) ? "prisma/errors/" + name
                                               : "prisma/errors/" + name + ".prisma";
}

TEST(DiagnosticsGolden, EveryBrokenSchemaReportsExactlyItsGoldenErrors) {
  const auto names = error_cases();
  EXPECT_GE(names.size(), 25u);
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    LoadResult result = load_schema(test::read_schema_sources(case_path(name)));
    EXPECT_FALSE(result.ok()) << "expected errors";
    test::expect_golden("prisma/errors/" + name + ".txt", result.format_diagnostics());
  }
}

// Whether every diagnostic of `result` names `file` and a place inside `text`: a line that
// exists and a column on it (one past its last byte points at the end of the line).
::testing::AssertionResult positions_inside(const LoadResult& result, const std::string& file, const std::string& text) {
  std::vector<size_t> line_lengths{0};
  for (char c : text) {
    if (c == '\n') line_lengths.push_back(0);
    else ++line_lengths.back();
  }
  for (const Diagnostic& d : result.diagnostics) {
    const bool line_ok = d.line >= 1 && static_cast<size_t>(d.line) <= line_lengths.size();
    if (d.file != file || !line_ok || d.column < 1 ||
        static_cast<size_t>(d.column) > line_lengths[static_cast<size_t>(d.line) - 1] + 1) {
      return ::testing::AssertionFailure() << d.file << ":" << d.line << ":" << d.column << " (" << d.message
                                           << ") is not a place in " << file << " (" << line_lengths.size()
                                           << " lines)";
    }
  }
  return ::testing::AssertionSuccess();
}

// Cutting a schema at every byte must never crash or hang the front end (with sanitizers, a
// fuzz smoke test), and whatever it reports points into the text it was given.
TEST(DiagnosticsGolden, TruncatedInputNeverCrashes) {
  size_t runs = 0, invalid = 0;
  for (const std::string& name : error_cases()) {
    for (const auto& source : test::read_schema_sources(case_path(name))) {
      for (size_t length = 0; length <= source.text.size(); ++length) {
        const std::string text = source.text.substr(0, length);
        LoadResult result = load_schema({{source.name, text}});
        ASSERT_TRUE(positions_inside(result, source.name, text)) << name << " cut at " << length;
        EXPECT_EQ(result.format_diagnostics().empty(), result.diagnostics.empty());
        ++runs;
        invalid += result.ok() ? 0 : 1;
      }
    }
  }
  // Most cuts leave a broken schema; each broken one said so above, at a place in its text.
  EXPECT_GT(invalid, runs / 2);
}

// Random byte edits of a valid schema: the result is either valid or has errors, never a crash.
TEST(DiagnosticsGolden, MutatedInputNeverCrashes) {
  const std::string base = test::read_file(test::golden_path("prisma/valid/everything.prisma"));
  ASSERT_FALSE(base.empty());
  std::mt19937 random(12345);
  const std::string alphabet = "{}()[]@.,:=?\"/\n \\abcXYZ019-_";
  for (int round = 0; round < 400; ++round) {
    std::string text = base;
    for (int edit = 0; edit < 4; ++edit) {
      size_t at = random() % text.size();
      switch (random() % 3) {
        case 0: text[at] = alphabet[random() % alphabet.size()]; break;
        case 1: text.erase(at, 1 + random() % 8); break;
        default: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
      }
    }
    LoadResult result = load_schema({{"fuzz.prisma", text}});
    ASSERT_TRUE(positions_inside(result, "fuzz.prisma", text)) << "round " << round << ":\n" << text;
    EXPECT_EQ(result.format_diagnostics().empty(), result.diagnostics.empty());
  }
}

TEST(DiagnosticsGolden, DeepNestingIsReportedNotRecursed) {
  std::string text = "model A {\n  id Int @id @default(" + std::string(100000, '[') + "\n}\n";
  LoadResult result = load_schema({{"deep.prisma", text}});
  ASSERT_FALSE(result.ok());
  bool reported = false;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    reported = reported || (diagnostic.message == "expression is nested too deeply" && diagnostic.line == 2 &&
                            diagnostic.column == 55);
  }
  EXPECT_TRUE(reported);
}

}  // namespace
}  // namespace qdb::prisma
