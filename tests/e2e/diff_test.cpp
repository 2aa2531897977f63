// `db diff` run as a user runs it. Schema-to-schema and --from-empty need no database: every
// test here runs with DATABASE_URL unset.
#include <gtest/gtest.h>

#include "support/json_envelope.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

std::string golden(const std::string& name) {
  return read_file(std::filesystem::path(QDB_SOURCE_DIR) / "tests" / "golden" / "diff" / name);
}

const char* kHeader = "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n";

// Two schema files in the project: before.prisma and after.prisma.
void write_schemas(const Project& project, const std::string& before, const std::string& after) {
  project.write("before.prisma", kHeader + before);
  project.write("after.prisma", kHeader + after);
}

TEST(DiffCommand, FromEmptyPrintsPrismasScriptForTheBuiltinSchema) {
  Project project(false);
  project.write("schema/schema.prisma", golden("builtin_schema.prisma"));
  ProcessResult r = run_qdb_in(project, {"dev", "db", "diff", "--from-empty", "--to-schema", "schema", "--script"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, golden("builtin_from_empty.sql"));
  EXPECT_EQ(r.err, "");
}

TEST(DiffCommand, SchemaToSchemaMatchesPrismaAndNeedsNoDatabase) {
  Project project(false);
  project.write("before.prisma", golden("05_drop_column/before.prisma"));
  project.write("after.prisma", golden("05_drop_column/after.prisma"));
  ProcessResult script = run_qdb_in(
      project, {"prod", "db", "diff", "--from-schema", "before.prisma", "--to-schema", "after.prisma", "--script"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_EQ(script.out, golden("05_drop_column/expected.sql"));

  ProcessResult summary =
      run_qdb_in(project, {"prod", "db", "diff", "--from-schema", "before.prisma", "--to-schema", "after.prisma"});
  ASSERT_EQ(summary.exit_code, 0) << summary.err;
  EXPECT_EQ(summary.out, "\n[*] Changed the `users` table\n  [-] Removed column `avatar`\n  [-] Removed column `settings`\n\n");
}

TEST(DiffCommand, ExitCodeIsSixteenForADifferenceAndZeroForNone) {
  Project project;
  write_schemas(project, "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id\n  name String?\n}\n");
  ProcessResult differ = run_qdb_in(
      project, {"dev", "db", "diff", "--from-schema", "before.prisma", "--to-schema", "after.prisma", "--exit-code"});
  EXPECT_EQ(differ.exit_code, 16) << differ.err;
  EXPECT_EQ(differ.out, "\n[*] Changed the `T` table\n  [+] Added column `name`\n\n");

  ProcessResult same = run_qdb_in(
      project, {"dev", "db", "diff", "--from-schema", "after.prisma", "--to-schema", "after.prisma", "--exit-code"});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_EQ(same.out, "No difference detected.\n");

  ProcessResult empty_script = run_qdb_in(project, {"dev", "db", "diff", "--from-schema", "after.prisma",
                                                    "--to-schema", "after.prisma", "--script", "--exit-code"});
  EXPECT_EQ(empty_script.exit_code, 0) << empty_script.err;
  EXPECT_EQ(empty_script.out, "-- This is an empty migration.\n\n");

  // Without --exit-code a difference is still success.
  ProcessResult plain =
      run_qdb_in(project, {"dev", "db", "diff", "--from-schema", "before.prisma", "--to-schema", "after.prisma"});
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
}

TEST(DiffCommand, OutputFileReceivesTheScript) {
  Project project;
  write_schemas(project, "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id\n  name String?\n}\n");
  ProcessResult r = run_qdb_in(project, {"dev", "db", "diff", "--from-schema", "before.prisma", "--to-schema",
                                         "after.prisma", "--script", "-o", "out.sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The script went to the file; the path written is the result, on stdout.
  EXPECT_EQ(r.out, "Wrote the SQL to out.sql.\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(project.read("out.sql"), "-- AlterTable\nALTER TABLE \"T\" ADD COLUMN     \"name\" TEXT;\n\n");
}

TEST(DiffCommand, AnOutputFileThatCannotBeWrittenIsAFileWriteError) {
  Project project;
  write_schemas(project, "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id\n  name String?\n}\n");
  ProcessResult r = run_qdb_in(project, {"dev", "db", "diff", "--from-schema", "before.prisma", "--to-schema",
                                         "after.prisma", "--script", "-o", "no-such-folder/out.sql"});
  EXPECT_EQ(r.exit_code, 18) << r.err;
  EXPECT_NE(r.err.find("error: cannot write no-such-folder/out.sql: No such file or directory\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("hint: check that the folder of -o exists and is writable"), std::string::npos) << r.err;
}

TEST(DiffCommand, JsonListsChangesAndWarnings) {
  Project project;
  write_schemas(project, "model T {\n  id Int @id\n  old Int\n}\n", "model T {\n  id Int @id\n}\n");
  ProcessResult r = run_qdb_in(project, {"dev", "db", "diff", "--json", "--from-schema", "before.prisma",
                                         "--to-schema", "after.prisma", "--exit-code"});
  using Json = nlohmann::ordered_json;
  Json doc = expect_envelope(r, {"diff", "dev", 16, std::nullopt, std::nullopt, std::nullopt,
                                 {"from", "to", "empty", "changes", "warnings", "script", "summary"}});
  EXPECT_EQ(doc["from"], "schema before.prisma");
  EXPECT_EQ(doc["to"], "schema after.prisma");
  EXPECT_EQ(doc["empty"], false);
  EXPECT_EQ(doc["changes"], Json::array({{{"step", "AlterTable"},
                                          {"destructive", true},
                                          {"own_transaction", false},
                                          {"sql", "-- AlterTable\nALTER TABLE \"T\" DROP COLUMN \"old\";\n"}}}));
  EXPECT_EQ(doc["warnings"], Json::array({{{"message", "You are about to drop the column `old` on the `T` table. All "
                                                       "the data in the column will be lost."},
                                           {"unexecutable", false},
                                           {"step", 0}}}));
  EXPECT_EQ(doc["script"], "-- AlterTable\nALTER TABLE \"T\" DROP COLUMN \"old\";\n\n");
  EXPECT_EQ(doc["summary"], "\n[*] Changed the `T` table\n  [-] Removed column `old`\n\n");
}

TEST(DiffCommand, BadFlagCombinationsAreUsageErrors) {
  Project project;
  write_schemas(project, "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id\n}\n");
  ProcessResult two_sources = run_qdb_in(
      project, {"dev", "db", "diff", "--from-empty", "--from-schema", "before.prisma", "--to-schema", "after.prisma"});
  EXPECT_EQ(two_sources.exit_code, 2);
  EXPECT_EQ(two_sources.out, "");
  EXPECT_NE(two_sources.err.find("error: db diff: more than one source (--from-...) given"), std::string::npos)
      << two_sources.err;

  ProcessResult no_target = run_qdb_in(project, {"dev", "db", "diff", "--from-schema", "before.prisma"});
  EXPECT_EQ(no_target.exit_code, 2);
  EXPECT_NE(no_target.err.find("error: db diff: a source but no target (--to-...) given"), std::string::npos)
      << no_target.err;
}

TEST(DiffCommand, AnInvalidSchemaIsASchemaErrorWithItsPosition) {
  Project project;
  write_schemas(project, "model T {\n  id Int @id\n}\n", "model T {\n  id Int @id\n  x Strin\n}\n");
  ProcessResult r =
      run_qdb_in(project, {"dev", "db", "diff", "--from-schema", "before.prisma", "--to-schema", "after.prisma"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("error: the schema at after.prisma is not valid"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("after.prisma:8:5: error: unknown type \"Strin\""), std::string::npos) << r.err;
}

}  // namespace
}  // namespace qdb::test
