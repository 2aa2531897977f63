// The bad-input catalogue: one table of cases, each a project, optional SQL and qdb runs that set
// the scene, the qdb command that must fail, its exit code and the first line of its message.
// Every case also checks what the user must be able to trust after any failure: the database is
// as it was (tables, columns, row counts, the migration history), no file of the project changed,
// and no password of a URL reached stdout or stderr.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "e2e/bad_input_cases.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

using namespace bad_input;

std::vector<Case> catalogue() {
  std::vector<Case> cases = configuration_cases();
  std::vector<Case> more = project_cases();
  cases.insert(cases.end(), more.begin(), more.end());
  return cases;
}

// Replaces each {key} of `vars` in `text`.
std::string expand(std::string text, const std::map<std::string, std::string>& vars) {
  for (const auto& [key, value] : vars) {
    const std::string token = "{" + key + "}";
    for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size())) {
      text.replace(at, token.size(), value);
    }
  }
  return text;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The first line of the message: the first "error: " line, or for a command that only warns
// (status) the first "warning: " line. Progress lines ("Database ...") may come before it.
std::string first_message_line(const std::string& err) {
  const std::vector<std::string> lines = lines_of(err);
  for (const char* start : {"error: ", "warning: "}) {
    for (const std::string& line : lines) {
      if (line.starts_with(start)) return line;
    }
  }
  return "<no line starting with error: or warning:>";
}

// Every file and folder under the project (but .qdb/, qdb's cache) with its content.
std::map<std::string, std::string> snapshot_files(const std::filesystem::path& root) {
  std::map<std::string, std::string> out;
  const auto end = std::filesystem::recursive_directory_iterator();
  for (auto it = std::filesystem::recursive_directory_iterator(root); it != end; ++it) {
    std::string relative = std::filesystem::relative(it->path(), root).generic_string();
    if (relative == ".qdb") {
      it.disable_recursion_pending();
      continue;
    }
    out[relative] = it->is_directory() ? "<folder>" : read_file(it->path());
  }
  return out;
}

// What a failed command must leave as it was: every relation, column, enum and row count of the
// database, and its migration history row by row.
std::vector<std::string> snapshot_database(const TestDatabase& db) {
  const char* kSystem = "('pg_catalog', 'information_schema', 'pg_toast')";
  std::vector<std::string> out;
  auto add = [&](const std::string& label, const std::string& sql) {
    for (const std::string& row : db.rows(sql)) out.push_back(label + " " + row);
  };
  add("relation", std::string("SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
                              "c.relnamespace WHERE n.nspname NOT IN ") +
                      kSystem + " AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1, 2");
  add("column", std::string("SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default FROM "
                            "information_schema.columns WHERE table_schema NOT IN ") +
                    kSystem + " ORDER BY 1, 2, ordinal_position");
  add("enum", std::string("SELECT n.nspname, t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = "
                          "e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace ORDER BY 1, 2, e.enumsortorder"));
  add("rows", std::string("SELECT table_schema, table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT "
                          "count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text FROM "
                          "information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ") +
                  kSystem + " ORDER BY 1, 2");
  if (db.value("SELECT to_regclass('public._prisma_migrations') IS NOT NULL") == "t") {
    add("history", "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM "
                   "_prisma_migrations ORDER BY started_at, id");
  }
  return out;
}

// The password in a URL (scheme://user:password@host...), or empty.
std::string password_of(const std::string& url) {
  size_t start = url.find("://");
  size_t at = url.find('@');
  if (start == std::string::npos || at == std::string::npos) return {};
  size_t colon = url.find(':', start + 3);
  if (colon == std::string::npos || colon > at) return {};
  return url.substr(colon + 1, at - colon - 1);
}

class BadInputCatalogue : public ::testing::TestWithParam<Case> {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  TestDatabase db_;
};

TEST_P(BadInputCatalogue, FailsWithItsMessageAndChangesNothing) {
  const Case& c = GetParam();
  const std::string url = db_.url();
  const std::string password = password_of(url);
  std::string redacted = url;
  std::string wrong_password = url;
  if (!password.empty()) {
    redacted.replace(redacted.find(":" + password + "@") + 1, password.size(), "****");
    wrong_password.replace(wrong_password.find(":" + password + "@") + 1, password.size(), kSecret);
  }
  const std::map<std::string, std::string> vars = {
      {"url", url}, {"redacted_url", redacted}, {"wrong_password_url", wrong_password}};

  Project project;
  for (const auto& [path, content] : c.files) project.write(path, expand(content, vars));
  if (!c.sql.empty()) db_.execute(c.sql);

  ProcessOptions options;
  options.cwd = project.root();
  options.env = {{"DATABASE_URL", url}, {"NODE_ENV", std::nullopt}};
  for (const auto& [name, value] : c.env) options.env[name] = value ? std::optional(expand(*value, vars)) : value;
  auto expand_args = [&](const Args& args) {
    Args out;
    for (const std::string& a : args) out.push_back(expand(a, vars));
    return out;
  };

  for (const Step& step : c.before) {
    ProcessResult r = run_qdb(expand_args(step.args), options);
    ASSERT_EQ(r.exit_code, step.exit_code) << "setting the scene failed\n" << r.err;
  }
  for (const auto& [path, content] : c.edits) {
    if (content) {
      project.write(path, *content);
    } else {
      std::filesystem::remove_all(project.root() / path);
    }
  }

  const std::vector<std::string> database_before = snapshot_database(db_);
  const std::map<std::string, std::string> files_before = snapshot_files(project.root());

  ProcessResult r = run_qdb(expand_args(c.args), options);

  EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
  const std::string expected_first = expand(c.first_line, vars);
  const std::string first = first_message_line(r.err);
  if (c.prefix) {
    EXPECT_TRUE(first.starts_with(expected_first)) << first;
  } else {
    EXPECT_EQ(first, expected_first) << r.err;
  }
  if (!c.line.empty()) {
    const std::vector<std::string> lines = lines_of(r.err);
    const std::string expected_line = expand(c.line, vars);
    EXPECT_TRUE(std::find(lines.begin(), lines.end(), expected_line) != lines.end())
        << "no line \"" << expected_line << "\" in:\n" << r.err;
  }
  EXPECT_EQ(snapshot_database(db_), database_before);
  EXPECT_EQ(snapshot_files(project.root()), files_before);
  for (const std::string& secret : {password, std::string(kSecret)}) {
    if (secret.empty()) continue;
    EXPECT_EQ(r.out.find(secret), std::string::npos) << "password on stdout:\n" << r.out;
    EXPECT_EQ(r.err.find(secret), std::string::npos) << "password on stderr:\n" << r.err;
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInputCatalogue, ::testing::ValuesIn(catalogue()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(BadInputCatalogueTable, HoldsAtLeastSixtyCasesWithUniqueNames) {
  std::vector<Case> cases = catalogue();
  EXPECT_GE(cases.size(), 60u);
  std::set<std::string> names;
  for (const Case& c : cases) EXPECT_TRUE(names.insert(c.name).second) << c.name;
}

}  // namespace
}  // namespace qdb::test
