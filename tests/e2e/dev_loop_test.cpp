// `qdb dev db migrate` as the development loop (prisma migrate dev), `db push`, and the drift
// checks of `status` and `generate-types`, run as a user runs them against a real server.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

constexpr const char* kDatasource =
    "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n";

std::string golden(const std::string& relative) {
  return read_file(std::filesystem::path(QDB_SOURCE_DIR) / "tests" / "golden" / relative);
}

class DevLoopTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessOptions options() const {
    ProcessOptions o;
    o.cwd = project_.root();
    o.env["DATABASE_URL"] = db_.url();
    o.env["SHADOW_DATABASE_URL"] = std::nullopt;
    o.timeout_seconds = 60;
    return o;
  }
  ProcessResult qdb(const std::vector<std::string>& args) const { return run_qdb(args, options()); }
  ProcessResult at_terminal(const std::vector<std::string>& args, const std::string& prompt,
                            const std::string& answer) const {
    return run_in_terminal(QDB_BINARY, args, options(), prompt, answer);
  }
  // The migration folders, in order.
  std::vector<std::string> folders() const {
    std::vector<std::string> out;
    const auto dir = project_.root() / "migrations";
    if (!std::filesystem::exists(dir)) return out;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.is_directory()) out.push_back(entry.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string migration(const std::string& folder) const { return project_.read("migrations/" + folder + "/migration.sql"); }
  void schema(const std::string& models) const { project_.write("schema/schema.prisma", kDatasource + models); }
  std::vector<std::string> history() const {
    return db_.rows("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name");
  }
  // The temporary shadow database a -v run names, e.g. "qdb_shadow_0123456789ab".
  static std::string shadow_named_in(const std::string& output) {
    const size_t at = output.find("\"qdb_shadow_");
    if (at == std::string::npos) return "";
    return output.substr(at + 1, std::string("qdb_shadow_").size() + 12);
  }

  TestDatabase db_;
  Project project_;
};

const char* kPost = "model Post {\n  id    Int    @id @default(autoincrement())\n  title String\n}\n";
const char* kPostWithBody =
    "model Post {\n  id    Int     @id @default(autoincrement())\n  title String\n  body  String?\n}\n";

TEST_F(DevLoopTest, NewcomerLoopWritesPrismasFilesAppliesThemAndRegeneratesTypes) {
  project_.write("schema/schema.prisma", golden("diff/builtin_schema.prisma"));
  project_.write("qdb.toml", "[generate]\ntypescript = \"types/db.ts\"\n");
  ProcessResult init = qdb({"dev", "db", "migrate", "--name", "init"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  ASSERT_EQ(folders().size(), 1u);
  EXPECT_TRUE(folders()[0].ends_with("_init")) << folders()[0];
  EXPECT_EQ(folders()[0].size(), std::string("20260101000000_init").size());
  // Prisma's first migration: its from-empty script without CREATE SCHEMA, as the repository's own.
  EXPECT_EQ(migration(folders()[0]), repo_migration("20250101000000_init"));
  EXPECT_EQ(history(), std::vector<std::string>{folders()[0]});
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'worker_jobs'"), "1");
  EXPECT_TRUE(std::filesystem::exists(project_.root() / "types" / "db.ts")) << init.err;

  // A change: the second migration is exactly what Prisma writes for it.
  project_.write("schema/schema.prisma", golden("diff/builtin_schema_indexed.prisma"));
  ProcessResult indexes = qdb({"dev", "db", "migrate", "--name", "Hot query indexes"});
  ASSERT_EQ(indexes.exit_code, 0) << indexes.err;
  ASSERT_EQ(folders().size(), 2u);
  EXPECT_TRUE(folders()[1].ends_with("_hot_query_indexes")) << folders()[1];
  EXPECT_EQ(migration(folders()[1]), repo_migration("20250101000100_hot_query_indexes"));
  EXPECT_EQ(history().size(), 2u);
  EXPECT_NE(indexes.out.find("Created and applied " + folders()[1]), std::string::npos) << indexes.out;

  // Nothing changed: no file, exit 0.
  ProcessResult again = qdb({"dev", "db", "migrate"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("Already in sync, no schema change or pending migration was found."), std::string::npos)
      << again.out;
  EXPECT_EQ(folders().size(), 2u);
}

TEST_F(DevLoopTest, WithoutANameOffATerminalItStopsBeforeWritingAnything) {
  schema(kPost);
  ProcessResult r = qdb({"dev", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("the schema has changes and the new migration needs a name"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--name"), std::string::npos) << r.err;
  EXPECT_TRUE(folders().empty());
}

TEST_F(DevLoopTest, OnATerminalItAsksForTheName) {
  schema(kPost);
  ProcessResult r = at_terminal({"dev", "db", "migrate"}, "Name of the new migration: ", "First Posts");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  ASSERT_EQ(folders().size(), 1u);
  EXPECT_TRUE(folders()[0].ends_with("_first_posts")) << folders()[0];
}

TEST_F(DevLoopTest, CreateOnlyWritesTheFileAndTheEditedFileIsAppliedWithoutDrift) {
  schema(kPost);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  schema(kPostWithBody);
  ProcessResult created = qdb({"dev", "db", "migrate", "--create-only", "--name", "add body"});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  ASSERT_EQ(folders().size(), 2u);
  EXPECT_TRUE(folders()[1].ends_with("_add_body")) << folders()[1];  // sorts last, even within one second
  EXPECT_EQ(migration(folders()[1]), "-- AlterTable\nALTER TABLE \"Post\" ADD COLUMN     \"body\" TEXT;\n");
  EXPECT_EQ(history().size(), 1u);  // not applied
  EXPECT_EQ(db_.value("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Post' AND column_name = 'body'"),
            "0");

  project_.write("migrations/" + folders()[1] + "/migration.sql",
                 "-- AlterTable\nALTER TABLE \"Post\" ADD COLUMN     \"body\" TEXT;\n"
                 "UPDATE \"Post\" SET \"body\" = 'edited by hand';\n");
  ProcessResult applied = qdb({"dev", "db", "migrate"});
  ASSERT_EQ(applied.exit_code, 0) << applied.err;
  EXPECT_EQ(applied.err.find("Drift"), std::string::npos) << applied.err;
  EXPECT_NE(applied.out.find("the database is now in sync with the schema"), std::string::npos) << applied.out;
  EXPECT_EQ(history().size(), 2u);
  EXPECT_EQ(folders().size(), 2u);
}

// A database another tool made (no migration applied) is drift too, but its data is meant to stay:
// the hint names the baseline, and the steps of docs/dev-workflow.md adopt it without losing a row.
TEST_F(DevLoopTest, ADatabaseWithoutHistoryIsAdoptedByABaseline) {
  db_.execute("CREATE TABLE \"Post\" (\"id\" integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
              "\"title\" text NOT NULL); INSERT INTO \"Post\" (\"title\") VALUES ('kept')");
  schema(kPostWithBody);
  ProcessResult drift = qdb({"dev", "db", "migrate", "--name", "body"});
  EXPECT_EQ(drift.exit_code, 9) << drift.err;
  EXPECT_NE(drift.err.find("baseline the database (docs/dev-workflow.md, \"Adopting an existing database\")"),
            std::string::npos)
      << drift.err;
  EXPECT_TRUE(folders().empty());

  std::filesystem::create_directories(project_.root() / "migrations/0_init");
  ProcessResult baseline = qdb({"dev", "db", "diff", "--from-empty", "--to-url", db_.url(), "--script", "-o",
                                "migrations/0_init/migration.sql"});
  ASSERT_EQ(baseline.exit_code, 0) << baseline.err;
  ASSERT_EQ(qdb({"dev", "db", "resolve", "--applied", "0_init"}).exit_code, 0);
  ProcessResult adopted = qdb({"dev", "db", "migrate", "--name", "body"});
  ASSERT_EQ(adopted.exit_code, 0) << adopted.err;
  ASSERT_EQ(folders().size(), 2u);
  EXPECT_EQ(migration(folders()[1]), "-- AlterTable\nALTER TABLE \"Post\" ADD COLUMN     \"body\" TEXT;\n");
  EXPECT_EQ(db_.value("SELECT title FROM \"Post\""), "kept");
  EXPECT_EQ(history(), (std::vector<std::string>{"0_init", folders()[1]}));
}

TEST_F(DevLoopTest, DriftIsReportedInWordsAndResetFixesIt) {
  schema(kPost);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  db_.execute("ALTER TABLE \"Post\" ADD COLUMN hand_added integer");
  ProcessResult drift = qdb({"dev", "db", "migrate"});
  EXPECT_EQ(drift.exit_code, 9) << drift.err;
  EXPECT_NE(drift.err.find("Drift detected"), std::string::npos) << drift.err;
  EXPECT_NE(drift.err.find("hand_added"), std::string::npos) << drift.err;
  EXPECT_NE(drift.err.find("qdb dev db reset"), std::string::npos) << drift.err;
  EXPECT_EQ(folders().size(), 1u);

  ProcessResult status = qdb({"dev", "db", "status"});
  EXPECT_EQ(status.exit_code, 14) << status.err;
  EXPECT_NE(status.err.find("the database has drifted from its migrations"), std::string::npos) << status.err;

  ASSERT_EQ(qdb({"dev", "db", "reset", "--force"}).exit_code, 0);
  ProcessResult after = qdb({"dev", "db", "migrate"});
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_NE(after.out.find("Already in sync"), std::string::npos) << after.out;
}

// A run that finds the catalog unchanged since the last one skips reading it; a change made
// outside the migrations after such a run is still drift, and undoing it is in sync again.
TEST_F(DevLoopTest, DriftAfterARunThatSkippedTheCatalogReadIsFound) {
  schema(kPost);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  ProcessResult unchanged = qdb({"-v", "dev", "db", "migrate"});
  ASSERT_EQ(unchanged.exit_code, 0) << unchanged.err;
  EXPECT_NE(unchanged.err.find("is unchanged since it was found to be what the migrations build"), std::string::npos)
      << unchanged.err;

  db_.execute("CREATE INDEX post_title_idx ON \"Post\" (title)");
  ProcessResult drift = qdb({"-v", "dev", "db", "migrate"});
  EXPECT_EQ(drift.exit_code, 9) << drift.err;
  EXPECT_NE(drift.err.find("Added index on columns (title)"), std::string::npos) << drift.err;
  EXPECT_NE(drift.err.find("Read the catalog of"), std::string::npos) << drift.err;

  db_.execute("DROP INDEX post_title_idx");
  ProcessResult again = qdb({"-v", "dev", "db", "migrate"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("Already in sync"), std::string::npos) << again.out;

  // --no-cache always reads the catalog.
  ProcessResult bypassed = qdb({"-v", "dev", "db", "migrate", "--no-cache"});
  EXPECT_EQ(bypassed.exit_code, 0) << bypassed.err;
  EXPECT_EQ(bypassed.err.find("is unchanged since"), std::string::npos) << bypassed.err;
}

TEST_F(DevLoopTest, DriftAtATerminalOffersTheReset) {
  schema(kPost);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  db_.execute("CREATE TABLE by_hand (id int)");
  ProcessResult r = at_terminal({"dev", "db", "migrate"}, "All data will be lost. [y/N] ", "y");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("by_hand"), std::string::npos) << r.out;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'by_hand'"), "0");
  EXPECT_EQ(history().size(), 1u);
}

TEST_F(DevLoopTest, DroppingAColumnWithDataNeedsAYesOrAcceptDataLoss) {
  schema(kPostWithBody);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  db_.execute("INSERT INTO \"Post\" (title, body) VALUES ('a', 'text'), ('b', NULL)");
  schema(kPost);

  ProcessResult refused = qdb({"dev", "db", "migrate", "--name", "drop body"});
  EXPECT_EQ(refused.exit_code, 11) << refused.err;
  EXPECT_NE(refused.err.find("You are about to drop the column `body` on the `Post` table, which still contains 1 "
                             "non-null values."),
            std::string::npos)
      << refused.err;
  EXPECT_NE(refused.err.find("--accept-data-loss"), std::string::npos) << refused.err;
  EXPECT_EQ(folders().size(), 1u);

  const std::string prompt = "Are you sure you want to create and apply this migration? [y/N] ";
  ProcessResult declined = at_terminal({"dev", "db", "migrate", "--name", "drop body"}, prompt, "n");
  EXPECT_EQ(declined.exit_code, 11) << declined.out;
  EXPECT_EQ(folders().size(), 1u);

  ProcessResult accepted = at_terminal({"dev", "db", "migrate", "--name", "drop body"}, prompt, "y");
  ASSERT_EQ(accepted.exit_code, 0) << accepted.out;
  ASSERT_EQ(folders().size(), 2u);
  EXPECT_EQ(migration(folders()[1]),
            "/*\n  Warnings:\n\n  - You are about to drop the column `body` on the `Post` table. All the data in the "
            "column will be lost.\n\n*/\n-- AlterTable\nALTER TABLE \"Post\" DROP COLUMN \"body\";\n");
  EXPECT_EQ(db_.value("SELECT count(*) FROM \"Post\""), "2");
}

TEST_F(DevLoopTest, AcceptDataLossAppliesWithoutATerminal) {
  schema(kPostWithBody);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  db_.execute("INSERT INTO \"Post\" (title, body) VALUES ('a', 'text')");
  schema(kPost);
  ProcessResult r = qdb({"dev", "db", "migrate", "--name", "drop body", "--accept-data-loss"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Post' AND column_name = 'body'"),
            "0");
}

TEST_F(DevLoopTest, ARequiredColumnWithoutDefaultOnRowsIsRefusedWithTheReason) {
  schema(kPost);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  db_.execute("INSERT INTO \"Post\" (title) VALUES ('a')");
  schema("model Post {\n  id    Int    @id @default(autoincrement())\n  title String\n  slug  String\n}\n");
  ProcessResult r = qdb({"dev", "db", "migrate", "--name", "add slug", "--accept-data-loss"});
  EXPECT_EQ(r.exit_code, 9) << r.err;
  EXPECT_NE(r.err.find("Added the required column `slug` to the `Post` table without a default value. There are 1 "
                       "rows in this table, it is not possible to execute this step."),
            std::string::npos)
      << r.err;
  EXPECT_EQ(folders().size(), 1u);
  // --create-only writes it anyway, with Prisma's warning, for the user to edit.
  ProcessResult draft = qdb({"dev", "db", "migrate", "--name", "add slug", "--create-only"});
  EXPECT_EQ(draft.exit_code, 0) << draft.err;
  ASSERT_EQ(folders().size(), 2u);
  EXPECT_NE(migration(folders()[1]).find("This is not possible if the table is not empty."), std::string::npos);
}

TEST_F(DevLoopTest, AUniqueConstraintOverDuplicatesIsRefused) {
  schema(kPost);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  db_.execute("INSERT INTO \"Post\" (title) VALUES ('same'), ('same'), ('other')");
  schema("model Post {\n  id    Int    @id @default(autoincrement())\n  title String @unique\n}\n");
  ProcessResult r = qdb({"dev", "db", "migrate", "--name", "unique title", "--accept-data-loss"});
  EXPECT_EQ(r.exit_code, 9) << r.err;
  EXPECT_NE(r.err.find("A unique constraint covering the columns `[title]` on the table `Post` will be added, but 1 "
                       "value(s) occur more than once"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(folders().size(), 1u);
}

TEST_F(DevLoopTest, StatusAndGenerateTypesCatchASchemaEditWithoutAMigration) {
  schema(kPost);
  project_.write("qdb.toml", "[generate]\ntypescript = \"types/db.ts\"\n");
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  ProcessResult clean = qdb({"dev", "db", "status"});
  EXPECT_EQ(clean.exit_code, 0) << clean.err;

  schema(kPostWithBody);
  ProcessResult status = qdb({"dev", "db", "status"});
  EXPECT_EQ(status.exit_code, 14) << status.err;
  EXPECT_NE(status.err.find("the schema has changes that no migration contains"), std::string::npos) << status.err;
  EXPECT_NE(status.err.find("body"), std::string::npos) << status.err;
  ProcessResult json = qdb({"dev", "db", "status", "--json"});
  EXPECT_EQ(json.exit_code, 14);
  EXPECT_NE(json.out.find("\"schema_changes\""), std::string::npos) << json.out;

  ProcessResult check = qdb({"dev", "db", "generate-types", "--check"});
  EXPECT_EQ(check.exit_code, 15) << check.err;  // the types are stale as well: that is reported first
  ASSERT_EQ(qdb({"dev", "db", "generate-types"}).exit_code, 0);
  ProcessResult check_again = qdb({"dev", "db", "generate-types", "--check"});
  EXPECT_EQ(check_again.exit_code, 14) << check_again.err;
  EXPECT_NE(check_again.err.find("the schema has changes that no migration contains"), std::string::npos)
      << check_again.err;
}

TEST_F(DevLoopTest, PushAppliesTheSchemaWithoutAMigrationAndProdRefusesIt) {
  schema(kPost);
  ProcessResult refused = qdb({"prod", "db", "push"});
  EXPECT_EQ(refused.exit_code, 10) << refused.err;
  ProcessResult pushed = qdb({"dev", "db", "push"});
  ASSERT_EQ(pushed.exit_code, 0) << pushed.err;
  EXPECT_TRUE(folders().empty());
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'Post'"), "1");
  schema(kPostWithBody);
  ASSERT_EQ(qdb({"dev", "db", "push"}).exit_code, 0);
  EXPECT_EQ(db_.value("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Post' AND column_name = 'body'"),
            "1");
  ProcessResult again = qdb({"dev", "db", "push"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("already in sync"), std::string::npos) << again.out;
}

TEST_F(DevLoopTest, AMigrationThatFailsInTheShadowDatabaseLeavesNoShadowDatabase) {
  // Applied here, but it needs a table made by hand: replayed into an empty database it fails.
  db_.execute("CREATE TABLE by_hand (id int)");
  project_.add_migration("20250101000000_needs_by_hand", "CREATE INDEX by_hand_id ON by_hand (id);\n");
  schema("model by_hand {\n  id Int?\n  @@index([id], map: \"by_hand_id\")\n  @@ignore\n}\n");
  ASSERT_EQ(qdb({"prod", "db", "migrate"}).exit_code, 0);
  ProcessResult r = qdb({"-v", "dev", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 8) << r.err;
  EXPECT_NE(r.err.find("replaying the migrations into the shadow database"), std::string::npos) << r.err;
  const std::string shadow = shadow_named_in(r.err);
  ASSERT_FALSE(shadow.empty()) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_database WHERE datname = '" + shadow + "'"), "0");
}

TEST_F(DevLoopTest, DiagramFromTheDatabaseDrawsWhatTheSchemaDraws) {
  project_.write("schema/schema.prisma", golden("diff/builtin_schema_indexed.prisma"));
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  ProcessResult from_schema = qdb({"dev", "db", "diagram"});
  ASSERT_EQ(from_schema.exit_code, 0) << from_schema.err;
  std::filesystem::remove(project_.root() / "schema" / "schema.prisma");
  ProcessResult from_db = qdb({"dev", "db", "diagram", "--from-db"});
  ASSERT_EQ(from_db.exit_code, 0) << from_db.err;
  // The same picture; the catalog lists the tables in name order.
  auto sorted_lines = [](const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      lines.push_back(text.substr(start, end - start));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  };
  EXPECT_EQ(sorted_lines(from_db.out), sorted_lines(from_schema.out));
  EXPECT_NE(from_db.out.find("notifications }o--|| users : \"userId\""), std::string::npos) << from_db.out;
}

TEST_F(DevLoopTest, TheSecondRunReplaysNothingAndAChangedFileReplaysAgain) {
  schema(kPost);
  ASSERT_EQ(qdb({"dev", "db", "migrate", "--name", "init"}).exit_code, 0);
  ProcessResult warm = qdb({"-v", "dev", "db", "migrate"});
  ASSERT_EQ(warm.exit_code, 0) << warm.err;
  EXPECT_NE(warm.err.find("Replay cache hit"), std::string::npos) << warm.err;
  EXPECT_EQ(warm.err.find("shadow database"), std::string::npos) << warm.err;
  EXPECT_EQ(warm.err.find("Replaying"), std::string::npos) << warm.err;

  ProcessResult bypassed = qdb({"-v", "dev", "db", "migrate", "--no-cache"});
  ASSERT_EQ(bypassed.exit_code, 0) << bypassed.err;
  EXPECT_NE(bypassed.err.find("Replaying " + folders()[0]), std::string::npos) << bypassed.err;

  // A corrupt entry is ignored and replaced.
  for (const auto& entry : std::filesystem::directory_iterator(project_.root() / ".qdb" / "replay")) {
    project_.write(".qdb/replay/" + entry.path().filename().string(), "{not json");
  }
  ProcessResult corrupt = qdb({"-v", "dev", "db", "migrate"});
  ASSERT_EQ(corrupt.exit_code, 0) << corrupt.err;
  EXPECT_NE(corrupt.err.find("Replaying " + folders()[0]), std::string::npos) << corrupt.err;
  EXPECT_NE(qdb({"-v", "dev", "db", "migrate"}).err.find("Replay cache hit"), std::string::npos);
}

TEST_F(DevLoopTest, ARoleWithoutCreatedbWorksWithAConfiguredShadowDatabase) {
  const std::string role = db_.name() + "_dev";
  db_.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw' NOCREATEDB");
  db_.execute("CREATE DATABASE " + db_.name() + "_shadow OWNER " + role);
  db_.execute("GRANT ALL ON SCHEMA public TO " + role);
  db_.execute("ALTER DATABASE " + db_.name() + " OWNER TO " + role);
  auto with_role = [&](std::string url) {
    const size_t at = url.find('@');
    const size_t scheme = url.find("://") + 3;
    return url.substr(0, scheme) + role + ":pw" + url.substr(at);
  };
  const std::string url = with_role(db_.url());
  std::string shadow = url;
  shadow.replace(shadow.rfind('/'), std::string::npos, "/" + db_.name() + "_shadow");
  schema(kPost);
  ProcessOptions o = options();
  o.env["DATABASE_URL"] = url;
  ProcessResult without = run_qdb({"dev", "db", "migrate", "--name", "init"}, o);
  EXPECT_EQ(without.exit_code, 9) << without.err;
  EXPECT_NE(without.err.find("shadow"), std::string::npos) << without.err;
  EXPECT_TRUE(folders().empty());

  o.env["SHADOW_DATABASE_URL"] = shadow;
  ProcessResult with = run_qdb({"dev", "db", "migrate", "--name", "init"}, o);
  EXPECT_EQ(with.exit_code, 0) << with.err;
  EXPECT_EQ(folders().size(), 1u);
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'Post' AND tableowner = '" + role + "'"), "1");
  db_.execute("DROP DATABASE " + db_.name() + "_shadow WITH (FORCE)");
  db_.execute("REASSIGN OWNED BY " + role + " TO postgres");
  db_.execute("DROP OWNED BY " + role);
  db_.execute("DROP ROLE " + role);
}

}  // namespace
}  // namespace qdb::test
