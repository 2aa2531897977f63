// `format` run as a user runs it: no database involved. The layout itself is tested by
// tests/unit/prisma/format_test.cpp; here the files, the exit codes and the messages.
#include <gtest/gtest.h>

#include "support/json_envelope.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

std::string golden(const std::string& name) {
  return read_file(std::filesystem::path(QDB_SOURCE_DIR) / "tests" / "golden" / "format" / name);
}

TEST(FormatCommand, RewritesOnlyChangedFilesOfAFolderAndCheckIsTheCiGate) {
  Project project(true);
  std::filesystem::remove_all(project.root() / "schema");
  project.write("schema/a_columns.prisma", golden("columns.prisma"));
  project.write("schema/b_note.prisma", "model Note {\n  id   Int    @id\n  body String\n}\n");
  const auto tidy = project.root() / "schema" / "b_note.prisma";
  const auto tidy_time = std::filesystem::last_write_time(tidy);

  ProcessResult check = run_qdb_in(project, {"prod", "db", "format", "--check", "--json"});
  nlohmann::ordered_json doc =
      expect_envelope(check, {"format", "prod", 15, std::nullopt, std::nullopt, std::nullopt,
                              {"check", "schema_path", "diagnostics", "files"}});
  EXPECT_EQ(doc["files"].dump(), "[{\"path\":\"schema/a_columns.prisma\",\"status\":\"unformatted\"},"
                                 "{\"path\":\"schema/b_note.prisma\",\"status\":\"unchanged\"}]");
  EXPECT_EQ(check.err,
            "warning: schema/a_columns.prisma is not formatted\nschema/b_note.prisma is formatted\n"
            "Run `qdb prod db format` and commit the result.\n");
  EXPECT_EQ(project.read("schema/a_columns.prisma"), golden("columns.prisma"));

  ProcessResult written = run_qdb_in(project, {"prod", "db", "format"});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(written.out, "Formatted schema/a_columns.prisma\nschema/b_note.prisma is formatted\n");
  EXPECT_EQ(project.read("schema/a_columns.prisma"), golden("columns.formatted.prisma"));
  EXPECT_EQ(std::filesystem::last_write_time(tidy), tidy_time);

  ProcessResult again = run_qdb_in(project, {"prod", "db", "format", "--check"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
}

TEST(FormatCommand, ASchemaThatDoesNotValidateIsNotRewritten) {
  Project project(true);
  const std::string broken = "model A {\n  id   Int @id\n    b Strin\n}\n";
  project.write("schema/schema.prisma", broken);
  ProcessResult r = run_qdb_in(project, {"dev", "db", "format"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("error: the schema at schema is not valid; nothing was formatted"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("schema/schema.prisma:3:7: error: unknown type \"Strin\""), std::string::npos) << r.err;
  EXPECT_EQ(project.read("schema/schema.prisma"), broken);

  ProcessResult json = run_qdb_in(project, {"dev", "db", "format", "--check", "--json"});
  EXPECT_EQ(json.exit_code, 4);
  EXPECT_NE(json.out.find("\"command\": \"format\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"line\": 3,\n      \"column\": 7,"), std::string::npos) << json.out;
}

TEST(FormatCommand, TheRepositorysSchemaIsAlreadyFormatted) {
  Project project(true);
  ProcessResult r = run_qdb_in(project, {"prod", "db", "format", "--check"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "schema/schema.prisma is formatted\n");
}

TEST(FormatCommand, ASymbolicLinkStaysALink) {
  Project project(true);
  project.write("shared/schema.prisma", golden("enums_and_config.prisma"));
  std::filesystem::remove_all(project.root() / "schema");
  std::filesystem::create_directories(project.root() / "schema");
  std::filesystem::create_symlink("../shared/schema.prisma", project.root() / "schema" / "schema.prisma");
  ProcessResult r = run_qdb_in(project, {"dev", "db", "format"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::is_symlink(project.root() / "schema" / "schema.prisma"));
  EXPECT_EQ(project.read("shared/schema.prisma"), golden("enums_and_config.formatted.prisma"));
}

}  // namespace
}  // namespace qdb::test
