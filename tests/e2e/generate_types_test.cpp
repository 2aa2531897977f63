// `validate` and `generate-types` run as a user runs them: no database involved.
#include <gtest/gtest.h>
#include <unistd.h>

#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

TEST(GenerateTypes, WritesOnlyWhenChangedAndCheckIsTheCiGate) {
  Project project(true);
  ProcessResult missing = run_qdb_in(project, {"prod", "db", "generate-types", "--check", "--json"});
  EXPECT_EQ(missing.exit_code, 15) << missing.err;
  EXPECT_NE(missing.out.find("\"status\": \"missing\""), std::string::npos) << missing.out;
  EXPECT_FALSE(std::filesystem::exists(project.root() / "generated"));

  ProcessResult written = run_qdb_in(project, {"prod", "db", "generate-types"});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(written.out, "Wrote generated/db-types.ts\n");
  auto path = project.root() / "generated" / "db-types.ts";
  auto first_write = std::filesystem::last_write_time(path);
  EXPECT_NE(project.read("generated/db-types.ts").find("export interface Notification {"), std::string::npos);

  ProcessResult again = run_qdb_in(project, {"prod", "db", "generate-types"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.out, "generated/db-types.ts is up to date\n");
  EXPECT_EQ(std::filesystem::last_write_time(path), first_write);
  EXPECT_EQ(run_qdb_in(project, {"prod", "db", "generate-types", "--check"}).exit_code, 0);

  project.write("schema/extra.prisma", "model Tag {\n  id Int @id\n}\n");
  ProcessResult stale = run_qdb_in(project, {"prod", "db", "generate-types", "--check"});
  EXPECT_EQ(stale.exit_code, 15) << stale.err;
  EXPECT_NE(stale.err.find("warning: generated/db-types.ts is out of date"), std::string::npos) << stale.err;
}

TEST(GenerateTypes, ConfiguredOutputsAndRuntime) {
  Project project(true);
  project.write("qdb.toml",
                "[generate]\ntypescript = \"web/db.ts\"\nruntime = \"pg\"\nkysely = true\ncpp = \"native/db.hpp\"\n"
                "cpp_namespace = \"app::db\"\n");
  ProcessResult r = run_qdb_in(project, {"dev", "db", "generate-types"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Wrote web/db.ts\nWrote native/db.hpp\n");
  std::string ts = project.read("web/db.ts");
  EXPECT_NE(ts.find("export interface DB {"), std::string::npos) << ts;
  EXPECT_NE(ts.find("worker_jobs: WorkerJobTable;"), std::string::npos) << ts;
  EXPECT_NE(project.read("native/db.hpp").find("namespace app::db {"), std::string::npos);
}

TEST(GenerateTypes, InvalidSchemaWritesNothing) {
  Project project(true);
  project.write("schema/schema.prisma", "model A {\n  id Int @id\n  b Strin\n}\n");
  ProcessResult r = run_qdb_in(project, {"dev", "db", "generate-types"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("schema/schema.prisma:3:5: error: "), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(project.root() / "generated"));
}

// A file that cannot be written is its own kind (exit 18), not a configuration error.
TEST(GenerateTypes, AnOutputThatCannotBeWrittenIsAFileWriteError) {
  Project project(true);
  project.write("qdb.toml", "[generate]\ntypescript = \"web/db.ts\"\n");
  project.write("web", "a file where the folder should be\n");
  ProcessResult r = run_qdb_in(project, {"dev", "db", "generate-types"});
  EXPECT_EQ(r.exit_code, 18) << r.err;
  EXPECT_NE(r.err.find("error: cannot write web/db.ts: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("hint: check the path set in [generate] of qdb.toml and the folder's permissions"),
            std::string::npos)
      << r.err;
  ProcessResult json = run_qdb_in(project, {"dev", "db", "generate-types", "--json"});
  EXPECT_EQ(json.exit_code, 18) << json.err;
  EXPECT_NE(json.out.find("\"kind\": \"file_write\""), std::string::npos) << json.out;

  // A read-only folder; the superuser writes anyway, so only another user can see it refused.
  if (::geteuid() != 0) {
    std::filesystem::remove(project.root() / "web");
    std::filesystem::create_directory(project.root() / "web");
    std::filesystem::permissions(project.root() / "web", std::filesystem::perms::owner_read |
                                                             std::filesystem::perms::owner_exec);
    ProcessResult read_only = run_qdb_in(project, {"dev", "db", "generate-types"});
    std::filesystem::permissions(project.root() / "web", std::filesystem::perms::owner_all);
    EXPECT_EQ(read_only.exit_code, 18) << read_only.err;
    EXPECT_NE(read_only.err.find("error: cannot write web/db.ts: "), std::string::npos) << read_only.err;
  }
}

TEST(Validate, ReportsEveryProblemWithFileLineAndColumn) {
  Project project(true);
  ProcessResult ok = run_qdb_in(project, {"prod", "db", "validate"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(ok.out, "The schema at schema is valid: 4 model(s), 0 enum(s).\n");

  project.write("schema/schema.prisma", "model A {\n  id Int @id\n  b Strin\n  c Int @default(\"x\")\n}\n");
  ProcessResult bad = run_qdb_in(project, {"prod", "db", "validate", "--json"});
  EXPECT_EQ(bad.exit_code, 4) << bad.err;
  EXPECT_NE(bad.err.find("schema/schema.prisma:3:5: error: "), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("schema/schema.prisma:4:"), std::string::npos) << bad.err;
  EXPECT_NE(bad.out.find("\"line\": 3"), std::string::npos) << bad.out;
}

TEST(Validate, MissingSchemaIsASchemaError) {
  Project project;
  ProcessResult r = run_qdb_in(project, {"prod", "db", "validate"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("error: no Prisma schema at schema"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace qdb::test
