#include "config/environment.hpp"

#include <map>

#include <gtest/gtest.h>

#include "config/database_url.hpp"
#include "base/error.hpp"
#include "support/memory_system.hpp"

namespace qdb::config {
namespace {

// The files of `files` in an in-memory system.
class MemoryFiles {
 public:
  explicit MemoryFiles(const std::map<std::string, std::string>& files) {
    for (const auto& [path, text] : files) system_.add_file(path, text);
  }
  operator const os::System&() const { return system_; }

 private:
  test::MemorySystem system_;
};

using Files = std::map<std::string, std::string>;

VariableLookup shell_of(std::map<std::string, std::string> values) {
  return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
    auto it = values.find(std::string(name));
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

const std::string kUrl = "DATABASE_URL";

SourcedValue resolve(const std::map<std::string, std::string>& files,
                     const std::map<std::string, std::string>& shell,
                     const std::optional<std::string>& flag = std::nullopt,
                     std::string_view default_node_env = "development") {
  MemoryFiles reader(files);
  Environment env = Environment::load("proj", default_node_env, shell_of(shell), reader);
  return resolve_database_url(env, kUrl, flag);
}

TEST(Environment, ReadsTheFilesFromTheProjectRootInPrecedenceOrder) {
  MemoryFiles reader(Files{{"proj/.env", "A=3\n"}, {"proj/.env.development", "A=2\n"}, {"proj/.env.local", "A=1\n"},
                           {".env", "A=0\n"}, {"proj/.env.production", "A=4\n"}});
  Environment env = Environment::load("proj", "development", shell_of({}), reader);
  EXPECT_EQ(env.files_considered(), (std::vector<std::string>{".env.local", ".env.development", ".env"}));
  EXPECT_EQ(env.files_read(), (std::vector<std::string>{".env.local", ".env.development", ".env"}));
  EXPECT_EQ(env.get("A"), (SourcedValue{"1", ".env.local:1"}));
  EXPECT_EQ(env.node_env(), "development");
}

TEST(Environment, SkipsMissingFiles) {
  MemoryFiles reader(Files{});
  Environment env = Environment::load("proj", "development", shell_of({}), reader);
  EXPECT_TRUE(env.files_read().empty());
}

TEST(Environment, Precedence) {
  struct Case {
    std::string name;
    std::map<std::string, std::string> files;
    std::map<std::string, std::string> shell;
    std::optional<std::string> flag;
    SourcedValue expected;
  };
  const std::map<std::string, std::string> all_files = {
      {"proj/.env.local", "# local\n\nDATABASE_URL=postgres://local/db\n"},
      {"proj/.env.development", "DATABASE_URL=postgres://development/db\n"},
      {"proj/.env.production", "DATABASE_URL=postgres://production/db\n"},
      {"proj/.env", "A=1\nDATABASE_URL=postgres://dotenv/db\n"},
  };
  auto without = [&](std::initializer_list<std::string> names) {
    auto files = all_files;
    for (const auto& n : names) files.erase(n);
    return files;
  };
  const std::vector<Case> cases = {
      {"--url beats everything", all_files, {{kUrl, "postgres://shell/db"}}, "postgres://flag/db",
       {"postgres://flag/db", "--url"}},
      {"an empty --url is still the flag", all_files, {}, "", {"", "--url"}},
      {"shell beats the files", all_files, {{kUrl, "postgres://shell/db"}}, std::nullopt,
       {"postgres://shell/db", "environment"}},
      {"an empty shell value is set", all_files, {{kUrl, ""}}, std::nullopt, {"", "environment"}},
      {".env.local beats .env.development", all_files, {}, std::nullopt,
       {"postgres://local/db", ".env.local:3"}},
      {".env.development beats .env", without({"proj/.env.local"}), {}, std::nullopt,
       {"postgres://development/db", ".env.development:1"}},
      {".env alone", without({"proj/.env.local", "proj/.env.development"}), {}, std::nullopt,
       {"postgres://dotenv/db", ".env:2"}},
      {"the shell's NODE_ENV picks the file", without({"proj/.env.local"}),
       {{"NODE_ENV", "production"}}, std::nullopt,
       {"postgres://production/db", ".env.production:1"}},
      {"an empty shell NODE_ENV means the default", without({"proj/.env.local"}),
       {{"NODE_ENV", ""}}, std::nullopt, {"postgres://development/db", ".env.development:1"}},
      {"a NODE_ENV without a file falls through to .env", without({"proj/.env.local"}),
       {{"NODE_ENV", "test"}}, std::nullopt, {"postgres://dotenv/db", ".env:2"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(resolve(c.files, c.shell, c.flag), c.expected);
  }
}

TEST(Environment, ProfileDefaultNodeEnv) {
  std::map<std::string, std::string> files = {
      {"proj/.env.development", "DATABASE_URL=postgres://development/db\n"},
      {"proj/.env.production", "DATABASE_URL=postgres://production/db\n"}};
  EXPECT_EQ(resolve(files, {}, std::nullopt, "production").origin, ".env.production:1");
  EXPECT_EQ(resolve(files, {}, std::nullopt, "development").origin, ".env.development:1");
}

TEST(Environment, LaterFilesCannotOverrideEarlierOnes) {
  MemoryFiles reader(Files{{"proj/.env.local", "A=local\n"},
                      {"proj/.env.development", "B=dev\nA=dev\n"},
                      {"proj/.env", "C=base\nB=base\nA=base\n"}});
  Environment env = Environment::load("proj", "development", shell_of({{"C", "shell"}}), reader);
  EXPECT_EQ(env.file_variables(),
            (std::vector<FileVariable>{{"A", {"local", ".env.local:1"}},
                                       {"B", {"dev", ".env.development:1"}},
                                       {"C", {"base", ".env:1"}}}));
  EXPECT_EQ(env.get("C"), (SourcedValue{"shell", "environment"}));
  EXPECT_EQ(env.get("A"), (SourcedValue{"local", ".env.local:1"}));
  EXPECT_EQ(env.get("MISSING"), std::nullopt);
  EXPECT_EQ(env.lookup()("B"), std::optional<std::string>("dev"));
  EXPECT_EQ(env.lookup()("MISSING"), std::nullopt);
  EXPECT_EQ(env.files_read(),
            (std::vector<std::string>{".env.local", ".env.development", ".env"}));
}

TEST(Environment, ReferencesSeeOutrankingSourcesFirst) {
  MemoryFiles reader(Files{
      {"proj/.env.local", "DB_PASSWORD=from-local\nEARLY=${DB_NAME}\n"},
      {"proj/.env", "DB_HOST=file-host\nDB_PASSWORD=from-dotenv\nDB_NAME=app\n"
                    "DATABASE_URL=postgres://u:${DB_PASSWORD}@${DB_HOST}/${DB_NAME}\n"},
  });
  Environment env =
      Environment::load("proj", "development", shell_of({{"DB_HOST", "shell-host"}}), reader);
  // DB_HOST: the shell outranks .env's own line; DB_PASSWORD: .env.local outranks .env;
  // DB_NAME: only .env sets it; EARLY: .env.local cannot see a lower-precedence file.
  EXPECT_EQ(env.get(kUrl), (SourcedValue{"postgres://u:from-local@shell-host/app", ".env:4"}));
  EXPECT_EQ(env.get("EARLY"), (SourcedValue{"", ".env.local:2"}));
}

TEST(Environment, OtherVariableName) {
  MemoryFiles reader(Files{{"proj/.env", "DATABASE_URL=postgres://a/db\nMY_DB=postgres://b/db\n"}});
  Environment env = Environment::load("proj", "development", shell_of({}), reader);
  EXPECT_EQ(resolve_database_url(env, "MY_DB", std::nullopt),
            (SourcedValue{"postgres://b/db", ".env:2"}));
}

TEST(Environment, NotSetAnywhere) {
  try {
    resolve({{"proj/.env", "OTHER=1\n"}}, {});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConfig);
    EXPECT_EQ(std::string(e.what()),
              "DATABASE_URL is not set (looked in the environment, .env.local, "
              ".env.development, .env)");
    EXPECT_EQ(e.hint(),
              "set DATABASE_URL in .env, e.g. "
              "DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DATABASE, export it, or pass "
              "--url");
    EXPECT_EQ(e.detail(), "");
  }
}

TEST(Environment, NotSetShowsMalformedLinesWithoutThePassword) {
  try {
    resolve({{"proj/.env", "DATABASE_URL=\"postgres://app:hunter2@h/db\n"}}, {});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.detail(),
              "The env files have malformed lines, which were skipped:\n"
              ".env:1:14: error: unterminated double-quoted value; add a closing \" (write \\\" "
              "for a quote inside the value)\n"
              "DATABASE_URL=\"postgres://app:****@h/db\n"
              "             ^\n");
  }
}

TEST(Environment, DiagnosticsOfSeveralFiles) {
  MemoryFiles reader(Files{{"proj/.env.local", "A=1\nA=2\n"}, {"proj/.env", "oops\n"}});
  Environment env = Environment::load("proj", "development", shell_of({}), reader);
  EXPECT_EQ(env.format_diagnostics(),
            ".env.local:2:1: warning: A is set again; the value from line 1 is replaced\n"
            "A=2\n^\n"
            ".env:1:1: error: \"oops\" has no '='; write oops=value (or oops= for an empty "
            "value)\noops\n^\n");
}

TEST(Environment, NodeEnvMustNameAFile) {
  MemoryFiles reader(Files{});
  try {
    Environment::load("proj", "development", shell_of({{"NODE_ENV", "../secrets"}}), reader);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "NODE_ENV \"../secrets\" cannot name an env file (.env.<NODE_ENV>)");
  }
}

TEST(Environment, NodeEnvLocalReadsEnvLocalOnce) {
  EXPECT_EQ(env_file_names("local"), (std::vector<std::string>{".env.local", ".env"}));
  EXPECT_EQ(env_file_names("production"),
            (std::vector<std::string>{".env.local", ".env.production", ".env"}));
}

TEST(SourcedValue, Describe) {
  EXPECT_EQ((SourcedValue{"x", "--url"}).describe(kUrl), "--url");
  EXPECT_EQ((SourcedValue{"x", "environment"}).describe(kUrl), "DATABASE_URL (from environment)");
  EXPECT_EQ((SourcedValue{"x", ".env.local:3"}).describe(kUrl),
            "DATABASE_URL (from .env.local:3)");
}

TEST(Environment, UrlErrorsNameWhereTheUrlCameFrom) {
  SourcedValue value = resolve({{"proj/.env.local", "\n\nDATABASE_URL=mysql://u:pw@h/db\n"}}, {});
  try {
    DatabaseUrl::parse(value.value, value.describe(kUrl));
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "DATABASE_URL (from .env.local:3) is not a valid PostgreSQL URL: the scheme is "
              "\"mysql\", and qdb supports PostgreSQL only");
  }
}

TEST(Environment, AnEnvFileThatCannotBeReadIsAConfigError) {
  test::MemorySystem system;
  system.add_file("proj/.env", "A=1\n");
  system.deny("proj/.env");
  try {
    Environment::load("proj", "development", shell_of({}), system);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConfig);
    EXPECT_EQ(std::string(e.what()), "cannot read proj/.env: Permission denied");
  }
}

}  // namespace
}  // namespace qdb::config
