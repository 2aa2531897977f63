// `diagram` run as a user runs it: no database involved. The pictures
// themselves are golden files of tests/unit/diagram/diagram_test.cpp.
#include <gtest/gtest.h>

#include "support/json_envelope.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

std::string golden(const std::string& name) {
  return read_file(std::filesystem::path(QDB_SOURCE_DIR) / "tests" / "golden" / name);
}

bool dot_installed() { return run_process("sh", {"-c", "command -v dot"}).exit_code == 0; }

const char* const kBuiltinTables[] = {"settings", "users", "notifications", "worker_jobs"};

TEST(DiagramCommand, MermaidOfTheProjectSchemaOnStdout) {
  Project project(true);
  ProcessResult r = run_qdb_in(project, {"prod", "db", "diagram"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, golden("diagram/builtin.mmd"));
  EXPECT_EQ(r.err, "");
  // README shows this very diagram.
  const std::string readme = read_file(std::filesystem::path(QDB_SOURCE_DIR) / "README.md");
  EXPECT_NE(readme.find("```mermaid\n" + r.out + "```\n"), std::string::npos) << "README's diagram is stale";
}

TEST(DiagramCommand, DotIsAcceptedByGraphviz) {
  if (!dot_installed()) GTEST_SKIP() << "Graphviz's dot is not installed (Debian package graphviz)";
  Project project;
  project.write("schema/schema.prisma", golden("prisma/valid/everything.prisma"));
  ProcessResult r = run_qdb_in(project, {"dev", "db", "diagram", "--format", "dot"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, golden("diagram/everything.dot"));
  project.write("everything.dot", r.out);
  ProcessResult dot = run_process("dot", {"-Tsvg", "-o", (project.root() / "everything.svg").string(),
                                          (project.root() / "everything.dot").string()});
  EXPECT_EQ(dot.exit_code, 0) << dot.out << dot.err;
  EXPECT_EQ(dot.err, "");  // not even a warning
  EXPECT_NE(project.read("everything.svg").find("<svg"), std::string::npos);
}

TEST(DiagramCommand, SvgNamesEveryTableOfTheBuiltinSchema) {
  if (!dot_installed()) GTEST_SKIP() << "Graphviz's dot is not installed (Debian package graphviz)";
  Project project(true);
  ProcessResult r = run_qdb_in(project, {"--json", "prod", "db", "diagram", "--svg", "schema.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "Wrote schema.svg\n");
  nlohmann::ordered_json doc =
      expect_envelope(r, {"diagram", "prod", 0, std::nullopt, std::nullopt, std::nullopt,
                          {"schema_path", "diagnostics", "format", "file", "tables", "relationships"}});
  EXPECT_EQ(doc["format"], "svg");
  EXPECT_EQ(doc["file"], "schema.svg");
  EXPECT_EQ(doc["tables"], 4);
  EXPECT_EQ(doc["relationships"], 1);
  const std::string svg = project.read("schema.svg");
  ASSERT_NE(svg.find("<svg"), std::string::npos);
  for (const char* table : kBuiltinTables) {
    EXPECT_NE(svg.find(std::string(">") + table + "</text>"), std::string::npos) << table;
  }
}

TEST(DiagramCommand, SvgWithoutGraphvizSaysWhatToInstall) {
  Project project(true);
  ProcessOptions options;
  options.cwd = project.root();
  options.env["DATABASE_URL"] = std::nullopt;
  options.env["PATH"] = "/nonexistent";  // no dot on the PATH
  ProcessResult r = run_qdb({"prod", "db", "diagram", "--svg", "schema.svg"}, options);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "error: --svg needs Graphviz's `dot`, which is not installed");
  EXPECT_NE(r.err.find("apt-get install graphviz"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(project.root() / "schema.svg"));
}

TEST(DiagramCommand, UnknownFormatIsAUsageError) {
  Project project(true);
  ProcessResult r = run_qdb_in(project, {"prod", "db", "diagram", "--format", "png"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
}

TEST(DiagramCommand, AnInvalidSchemaDrawsNothing) {
  Project project;
  project.write("schema/schema.prisma", "model A {\n  id Int @id\n  b  Nope\n}\n");
  ProcessResult r = run_qdb_in(project, {"prod", "db", "diagram"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("nothing was drawn"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace qdb::test
