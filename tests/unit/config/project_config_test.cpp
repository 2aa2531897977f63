#include "config/project_config.hpp"

#include <gtest/gtest.h>

namespace qdb::config {
namespace {

ProjectConfig parse(const std::string& text, std::vector<Diagnostic>& d) {
  return parse_project_config("/p", "qdb.toml", text, d);
}

std::string messages(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message + "\n";
  }
  return out;
}

TEST(ProjectConfig, DefaultsWithoutAFile) {
  ProjectConfig c = default_project_config("/nonexistent/p");
  EXPECT_EQ(c.schema_path, "/nonexistent/p/schema");
  EXPECT_EQ(c.migrations_path, "/nonexistent/p/migrations");
  EXPECT_EQ(c.lock_timeout_seconds, 10.0);
  EXPECT_EQ(c.url_variable, "DATABASE_URL");
  ASSERT_NE(c.find_profile("dev"), nullptr);
  EXPECT_TRUE(c.find_profile("dev")->allow_destructive);
  EXPECT_EQ(c.find_profile("dev")->edited, Policy::kError);
  EXPECT_FALSE(c.find_profile("prod")->allow_destructive);
  EXPECT_EQ(c.find_profile("prod")->edited, Policy::kWarn);
  EXPECT_EQ(c.find_profile("prod")->node_env, "production");
}

TEST(ProjectConfig, EverySetting) {
  std::vector<Diagnostic> d;
  ProjectConfig c = parse(
      "schema = \"prisma/schema.prisma\"\n"
      "migrations = \"prisma/migrations\"\n"
      "[database]\n"
      "schema = \"app\"\n"
      "url_env = \"POSTGRES_URL\"\n"
      "lock_timeout = \"1.5s\"\n"
      "[profiles.staging]\n"
      "extends = \"prod\"\n"
      "edited = \"error\"\n"
      "out_of_order = \"error\"\n"
      "lock_timeout = 30\n"
      "[profiles.ci]\n"
      "extends = \"staging\"\n"
      "allow_destructive = true\n"
      "node_env = \"test\"\n",
      d);
  EXPECT_EQ(messages(d), "");
  EXPECT_EQ(c.schema_path, "/p/prisma/schema.prisma");
  EXPECT_EQ(c.migrations_path, "/p/prisma/migrations");
  EXPECT_EQ(c.target_schema.value_or(""), "app");
  EXPECT_EQ(c.url_variable, "POSTGRES_URL");
  EXPECT_EQ(c.lock_timeout_seconds, 1.5);
  const Profile* staging = c.find_profile("staging");
  ASSERT_NE(staging, nullptr);
  EXPECT_FALSE(staging->allow_destructive);
  EXPECT_EQ(staging->edited, Policy::kError);
  EXPECT_EQ(staging->node_env, "production");
  EXPECT_EQ(staging->lock_timeout_seconds.value_or(0), 30.0);
  const Profile* ci = c.find_profile("ci");
  ASSERT_NE(ci, nullptr);
  EXPECT_TRUE(ci->allow_destructive);
  EXPECT_EQ(ci->out_of_order, Policy::kError);  // inherited from staging
  EXPECT_EQ(ci->node_env, "test");
}

TEST(ProjectConfig, ShadowDatabaseUrl) {
  std::vector<Diagnostic> d;
  EXPECT_FALSE(default_project_config("/p").shadow_database_url.has_value());
  ProjectConfig c = parse("[database]\nshadow_database_url = 'env(\"SHADOW\")'\n", d);
  EXPECT_EQ(messages(d), "");
  EXPECT_EQ(c.shadow_database_url.value_or("?"), "env(\"SHADOW\")");
  parse("[database]\nshadow_database_url = \"\"\n", d);
  EXPECT_EQ(messages(d), "qdb.toml:2:23: database.shadow_database_url must not be empty\n");
}

TEST(ProjectConfig, EnvFiles) {
  std::vector<Diagnostic> d;
  EXPECT_EQ(default_project_config("/p").env_files,
            (std::vector<std::string>{".env.local", ".env.{NODE_ENV}", ".env"}));
  ProjectConfig c = parse("env_files = [\".env.{NODE_ENV}.local\", \".env\"]\n", d);
  EXPECT_EQ(messages(d), "");
  EXPECT_EQ(c.env_files, (std::vector<std::string>{".env.{NODE_ENV}.local", ".env"}));
  parse("env_files = \".env\"\n", d);
  parse("env_files = [\"config/.env\"]\n", d);
  EXPECT_EQ(messages(d),
            "qdb.toml:1:13: env_files must be a list of file names, e.g. [\".env.local\", \".env.{NODE_ENV}\", \".env\"]\n"
            "qdb.toml:1:14: env_files entries must be file names in the project root, such as \".env\"\n");
}

TEST(ProjectConfig, ProfilesMayExtendOnesDeclaredLater) {
  std::vector<Diagnostic> d;
  ProjectConfig c = parse("[profiles.a]\nextends = \"b\"\n[profiles.b]\nextends = \"dev\"\nedited = \"warn\"\n", d);
  EXPECT_EQ(messages(d), "");
  EXPECT_TRUE(c.find_profile("a")->allow_destructive);
  EXPECT_EQ(c.find_profile("a")->edited, Policy::kWarn);
}

TEST(ProjectConfig, OverridingABuiltinProfileKeepsItsOtherSettings) {
  std::vector<Diagnostic> d;
  ProjectConfig c = parse("[profiles.prod]\nedited = \"error\"\n", d);
  EXPECT_EQ(messages(d), "");
  EXPECT_FALSE(c.find_profile("prod")->allow_destructive);
  EXPECT_EQ(c.find_profile("prod")->edited, Policy::kError);
}

struct BadCase {
  const char* text;
  const char* expected;
};

class ProjectConfigErrors : public ::testing::TestWithParam<BadCase> {};

TEST_P(ProjectConfigErrors, NameLineAndColumn) {
  std::vector<Diagnostic> d;
  parse(GetParam().text, d);
  EXPECT_EQ(messages(d), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    All, ProjectConfigErrors,
    ::testing::Values(
        BadCase{"migratons = \"m\"\n",
                "qdb.toml:1:1: unknown key \"migratons\" in qdb.toml (known keys: schema, migrations, database, "
                "profiles, generate, seed, local, env_files)\n"},
        BadCase{"schema = 3\n", "qdb.toml:1:10: qdb.toml.schema must be a string\n"},
        BadCase{"[database]\nlock_timeout = -1\n",
                "qdb.toml:2:16: database.lock_timeout must be a duration: seconds as a number, or a string such as "
                "\"500ms\", \"10s\", \"2m\"\n"},
        BadCase{"[database]\nschema = \"\"\n", "qdb.toml:2:10: database.schema must not be empty\n"},
        BadCase{"database = 1\n", "qdb.toml:1:12: database must be a table ([database])\n"},
        BadCase{"[profiles.x]\nextends = \"nope\"\n",
                "qdb.toml:2:11: profile \"x\" extends unknown profile \"nope\"\n"},
        BadCase{"[profiles.x]\nextends = \"y\"\n[profiles.y]\nextends = \"x\"\n",
                "qdb.toml:4:11: profile \"y\" extends \"x\", which extends it back: profiles cannot extend each other in "
                "a circle\n"},
        BadCase{"[profiles.x]\nallow_destructive = \"yes\"\n",
                "qdb.toml:2:21: profiles.x.allow_destructive must be true or false\n"},
        BadCase{"[profiles.x]\nedited = \"ignore\"\n",
                "qdb.toml:2:10: profiles.x.edited must be \"warn\" or \"error\", not \"ignore\"\n"},
        BadCase{"[profiles.x]\ncolour = true\n",
                "qdb.toml:2:1: unknown key \"colour\" in profiles.x (known keys: extends, description, "
                "allow_destructive, node_env, lock_timeout, edited, out_of_order, missing, create_database, "
                "use_local_server)\n"},
        BadCase{"[profiles]\nx = 1\n", "qdb.toml:2:5: profiles.x must be a table ([profiles.x])\n"},
        BadCase{"[generate]\nruntime = \"deno\"\n",
                "qdb.toml:2:11: generate.runtime must be \"prisma\" or \"pg\", not \"deno\"\n"},
        BadCase{"[database\n", "qdb.toml:1:10: Error while parsing table header: expected ']', saw '\\n'\n"},
        // toml++ 3.3 meets undefined behaviour on these (util/toml_text.hpp): qdb reports them first.
        BadCase{"[profiles.caf\xC3\xA9]\n",
                "qdb.toml:1:14: a non-ASCII character outside a string: TOML allows one only in a \"quoted\" string "
                "or a comment\n"},
        BadCase{"# \xC3\xA9t\xC3\xA9 is fine here\n[database]\nschema = \"\xC3\xA9\" \xD0\x96\n",
                "qdb.toml:3:15: a non-ASCII character outside a string: TOML allows one only in a \"quoted\" string "
                "or a comment\n"},
        BadCase{"[seed]\ncommand = \"\"\"echo \\\n  \xC3\xA9\"\"\"\n",
                "qdb.toml:3:3: a non-ASCII character right after a backslash in a \"\"\" string: write it as a "
                "\\uXXXX escape\n"},
        // toml++ counts columns in characters; qdb's diagnostics count bytes, so the caret lands on "x".
        BadCase{"[profiles.x]\ndescription = \"caf\xC3\xA9\"\nedited = \"\xC3\xA9\xC3\xA9\" x\n",
                "qdb.toml:3:17: Error while parsing key-value pair: expected a comment or whitespace, saw 'x'\n"},
        // toml++ puts the end of the text two columns past the last line: qdb keeps it on the line.
        BadCase{"[seed]\nsql = '''x.sql\"\n[x\n",
                "qdb.toml:3:3: Error while parsing literal string: encountered end-of-file\n"}));

}  // namespace
}  // namespace qdb::config
