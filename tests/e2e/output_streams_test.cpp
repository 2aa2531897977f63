// Which stream carries what (clig.dev): a command's result on stdout, progress, warnings, errors
// and hints on stderr, and with --json the one document alone on stdout. Each stream is checked
// apart.
#include <gtest/gtest.h>

#include <regex>

#include "support/json_envelope.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

class OutputStreamsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
    project_.add_migration("001_a", "CREATE TABLE a (id int);\n");
    project_.add_migration("002_b", "CREATE TABLE b (id int);\n");
  }
  ProcessResult qdb(std::vector<std::string> args) {
    args.push_back("--url");
    args.push_back(db_.url());
    ProcessOptions options;
    options.cwd = project_.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }
  // The URL as qdb prints it, password hidden.
  std::string shown_url() const {
    std::string url = db_.url();
    size_t colon = url.find(':', url.find("://") + 3);
    return url.replace(colon + 1, url.find('@') - colon - 1, "****");
  }
  TestDatabase db_;
  Project project_;
};

TEST_F(OutputStreamsTest, MigrateAppliedListAndSummaryOnStdoutProgressOnStderr) {
  ProcessResult r = qdb({"prod", "db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::regex_match(r.out, std::regex("  applied 001_a in [0-9.]+ ms\n"
                                                 "  applied 002_b in [0-9.]+ ms\n"
                                                 "Applied 2 migration\\(s\\) in [0-9.]+ ms\\.\n")))
      << r.out;
  EXPECT_EQ(r.err, "Database " + shown_url() +
                       ", schema \"public\"\nApplying 2 migrations together, 001_a to 002_b, each in its own "
                       "transaction ...\n");

  ProcessResult again = qdb({"prod", "db", "migrate"});
  EXPECT_EQ(again.out, "Already up to date: 2 migration(s) applied, none pending.\n");
  EXPECT_EQ(again.err, "Database " + shown_url() + ", schema \"public\"\n");

  // -q silences stderr but for errors; the result stays.
  ProcessResult quiet = qdb({"prod", "db", "migrate", "-q"});
  EXPECT_EQ(quiet.out, "Already up to date: 2 migration(s) applied, none pending.\n");
  EXPECT_EQ(quiet.err, "");
}

TEST_F(OutputStreamsTest, WithJsonStdoutIsTheDocumentAlone) {
  ProcessResult r = qdb({"--json", "prod", "db", "migrate"});
  nlohmann::ordered_json doc = expect_envelope(
      r, {"migrate", "prod", 0, shown_url(), "public", std::nullopt,
          {"dry_run", "applied", "would_apply", "already_applied", "warnings"}});
  EXPECT_EQ(doc["applied"].size(), 2u);
  // What the document says is also said in words, on stderr.
  EXPECT_NE(r.err.find("  applied 001_a in "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Applied 2 migration(s) in "), std::string::npos) << r.err;

  ProcessResult status = qdb({"--json", "prod", "db", "status"});
  EXPECT_EQ(status.exit_code, 0) << status.err;
  ASSERT_FALSE(status.out.empty());
  EXPECT_EQ(status.out.front(), '{') << status.out;
  EXPECT_TRUE(nlohmann::json::accept(status.out)) << status.out;  // one document, nothing after it
  EXPECT_NE(status.err.find("Database schema is up to date.\n"), std::string::npos) << status.err;
}

// `qdb prod db status > report.txt` captures the report; warnings stay on the terminal.
TEST_F(OutputStreamsTest, StatusRedirectedToAFileCapturesTheReport) {
  ASSERT_EQ(run_qdb({"prod", "db", "migrate", "--url", db_.url()}, {project_.root(), {}, {}, 60}).exit_code, 0);
  project_.add_migration("001_a", "CREATE TABLE a (id bigint);\n");  // edited after it was applied
  project_.add_migration("003_c", "CREATE TABLE c (id int);\n");
  const std::string command = "NO_COLOR=1 '" + std::string(QDB_BINARY) + "' prod db status --url '" + db_.url() +
                              "' > report.txt 2> warnings.txt";
  ProcessOptions options;
  options.cwd = project_.root();
  options.env["DATABASE_URL"] = std::nullopt;
  ProcessResult r = run_process("/bin/sh", {"-c", command}, options);
  EXPECT_EQ(r.exit_code, 14) << r.err;
  EXPECT_EQ(project_.read("report.txt"),
            "3 migration(s) found in migrations\n"
            "Database " + shown_url() + ", schema \"public\"\n"
            "Applied: 2, pending: 1\n"
            "Pending migrations:\n"
            "  003_c\n"
            "The migrations folder and the database disagree; see the warnings on stderr.\n");
  EXPECT_EQ(project_.read("warnings.txt"), "warning: migration 001_a was modified after it was applied\n");
}

TEST_F(OutputStreamsTest, ValidateSummaryAndThePathWrittenOnStdout) {
  project_.write("schema/schema.prisma",
                 "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
                 "model A {\n  id Int @id\n}\n");
  ProcessResult valid = run_qdb_in(project_, {"prod", "db", "validate"});
  EXPECT_EQ(valid.exit_code, 0) << valid.err;
  EXPECT_EQ(valid.out, "The schema at schema is valid: 1 model(s), 0 enum(s).\n");
  EXPECT_EQ(valid.err, "");

  ProcessResult written = run_qdb_in(project_, {"prod", "db", "generate-types"});
  EXPECT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(written.out, "Wrote generated/db-types.ts\n");
  EXPECT_EQ(written.err, "");

  // An error is no result: stdout stays empty.
  project_.write("schema/schema.prisma", "model A {\n  id Int @id\n  b Strin\n}\n");
  ProcessResult invalid = run_qdb_in(project_, {"prod", "db", "validate"});
  EXPECT_EQ(invalid.exit_code, 4) << invalid.err;
  EXPECT_EQ(invalid.out, "");
  EXPECT_NE(invalid.err.find("schema/schema.prisma:3:5: error: "), std::string::npos) << invalid.err;
}

}  // namespace
}  // namespace qdb::test
