// qdb.toml's [seed] and [local] tables.
#include <gtest/gtest.h>

#include "config/project_config.hpp"

namespace qdb::config {
namespace {

ProjectConfig parse(const std::string& text, std::vector<Diagnostic>& diagnostics) {
  return parse_project_config("/p", "qdb.toml", text, diagnostics);
}

TEST(ProjectConfig, SeedAndLocal) {
  std::vector<Diagnostic> d;
  ProjectConfig c = parse("[seed]\nsql = \"seed/dev.sql\"\n\n[local]\ntcp = true\n", d);
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(c.seed.sql, std::optional<std::string>("seed/dev.sql"));
  EXPECT_EQ(c.seed.command, std::nullopt);
  EXPECT_TRUE(c.local.tcp);
  ProjectConfig command = parse("[seed]\ncommand = \"make seed\"\n", d);
  EXPECT_EQ(command.seed.command, std::optional<std::string>("make seed"));
  EXPECT_FALSE(command.local.tcp);
}

TEST(ProjectConfig, SeedAndLocalErrors) {
  std::vector<Diagnostic> d;
  parse("[seed]\nsql = \"a.sql\"\ncommand = \"x\"\nfile = 1\n\n[local]\ntcp = \"yes\"\nport = 1\n", d);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].line, 4);
  EXPECT_EQ(d[0].message, "unknown key \"file\" in [seed] (known keys: sql, command)");
  EXPECT_EQ(d[1].line, 3);
  EXPECT_EQ(d[1].message, "[seed] takes either sql or command, not both");
  EXPECT_EQ(d[2].message, "unknown key \"port\" in [local] (known keys: tcp)");
  EXPECT_EQ(d[3].line, 7);
  EXPECT_EQ(d[3].message, "local.tcp must be true or false");
}

}  // namespace
}  // namespace qdb::config
