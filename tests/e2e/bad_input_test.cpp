// Bad input of every kind: a clear message naming the place, a documented exit code, and
// nothing changed in the database or the user's files.
#include <gtest/gtest.h>

#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

ProcessResult qdb_in(const Project& project, const std::vector<std::string>& args,
                     std::map<std::string, std::optional<std::string>> env = {}) {
  ProcessOptions options;
  options.cwd = project.root();
  options.env = std::move(env);
  options.env.emplace("DATABASE_URL", std::nullopt);
  options.env.emplace("NODE_ENV", std::nullopt);
  return run_qdb(args, options);
}

TEST(BadInput, UnknownCommandIsAUsageError) {
  Project project;
  ProcessResult r = qdb_in(project, {"prod", "db", "frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("error: unknown command \"frobnicate\" (commands: migrate, status"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("hint: run `qdb prod db --help` for what each command does"), std::string::npos) << r.err;
}

TEST(BadInput, UnknownFlagIsAUsageError) {
  Project project;
  ProcessResult r = qdb_in(project, {"prod", "db", "migrate", "--dry-rum"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--dry-rum"), std::string::npos) << r.err;
}

TEST(BadInput, UnknownProfileListsTheKnownOnes) {
  Project project;
  ProcessResult r = qdb_in(project, {"--json", "staging", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("error: unknown profile \"staging\" (known profiles: dev, prod)"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"kind\": \"usage\""), std::string::npos) << r.out;
}

TEST(BadInput, ProfilesFromQdbTomlAreCommands) {
  Project project;
  project.write("qdb.toml", "[profiles.staging]\nextends = \"prod\"\n");
  ProcessResult r = qdb_in(project, {"staging", "db", "--help"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("migrate"), std::string::npos) << r.out;
}

TEST(BadInput, QdbTomlErrorsNameLineAndColumn) {
  Project project;
  project.write("qdb.toml", "migrations = \"migrations\"\n\n[database]\nlock_timeout = \"soon\"\nshema = \"app\"\n");
  ProcessResult r = qdb_in(project, {"prod", "db", "status"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("error: qdb.toml has errors"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("qdb.toml:4:16: error: database.lock_timeout must be a duration"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("qdb.toml:5:1: error: unknown key \"shema\" in [database]"), std::string::npos) << r.err;
}

TEST(BadInput, MissingDatabaseUrlSaysWhereItWasLookedFor) {
  Project project(true);
  ProcessResult r = qdb_in(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("DATABASE_URL"), std::string::npos) << r.err;
}

TEST(BadInput, MalformedUrlInAnEnvFileNamesTheFileAndLine) {
  Project project(true);
  project.write(".env", "# database\nDATABASE_URL=mysql://root:hunter2-secret@localhost/app\n");
  ProcessResult r = qdb_in(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("DATABASE_URL (from .env:2)"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("hunter2-secret"), std::string::npos) << r.err;
}

TEST(BadInput, UnreachableServerIsAConnectionError) {
  Project project(true);
  ProcessResult r = qdb_in(project, {"prod", "db", "migrate", "--url", "postgresql://u:pw-xyz-123@127.0.0.1:1/db"});
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("error: cannot connect to postgresql://u:****@127.0.0.1:1/db"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("pw-xyz-123"), std::string::npos) << r.err;
}

class BadMigrationFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessResult migrate(const Project& project) { return qdb_in(project, {"prod", "db", "migrate", "--url", db_.url()}); }
  std::string user_tables() { return db_.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"); }
  TestDatabase db_;
};

TEST_F(BadMigrationFiles, StrayFileInTheMigrationsFolder) {
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  project.write("migrations/notes.txt", "remember to index\n");
  ProcessResult r = migrate(project);
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("migrations/notes.txt: error: unexpected file in the migrations folder"), std::string::npos)
      << r.err;
  EXPECT_EQ(user_tables(), "0");
}

TEST_F(BadMigrationFiles, FolderWithoutMigrationSql) {
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  project.write("migrations/002_b/README", "x");
  ProcessResult r = migrate(project);
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("migrations/002_b: error: migration folder has no migration.sql"), std::string::npos) << r.err;
  EXPECT_EQ(user_tables(), "0");
}

TEST_F(BadMigrationFiles, NotUtf8) {
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n-- caf\xe9\n");
  ProcessResult r = migrate(project);
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("migrations/001_a/migration.sql:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not valid UTF-8"), std::string::npos) << r.err;
  EXPECT_EQ(user_tables(), "0");
}

TEST_F(BadMigrationFiles, AnotherProvidersLockFile) {
  Project project;
  project.write("migrations/migration_lock.toml", "provider = \"mysql\"\n");
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  ProcessResult r = migrate(project);
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("migration_lock.toml:1:12: error: these migrations were made for provider \"mysql\""),
            std::string::npos)
      << r.err;
  EXPECT_EQ(user_tables(), "0");
}

TEST_F(BadMigrationFiles, UnterminatedStringStopsTheRunBeforeAnythingIsApplied) {
  Project project;
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  project.add_migration("002_b", "INSERT INTO a VALUES (1);\nSELECT 'never closed;\n");
  ProcessResult r = migrate(project);
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("migrations/002_b/migration.sql:2:8: error: "), std::string::npos) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'a'"), "0");
}

TEST_F(BadMigrationFiles, DevCreatesAMissingLockFileAndProdLeavesFilesAlone) {
  Project project;
  std::filesystem::remove(project.root() / "migrations" / "migration_lock.toml");
  project.add_migration("001_a", "CREATE TABLE a (id int);\n");
  ProcessResult prod = migrate(project);
  EXPECT_EQ(prod.exit_code, 0) << prod.err;
  EXPECT_FALSE(std::filesystem::exists(project.root() / "migrations" / "migration_lock.toml"));
  ProcessResult dev = qdb_in(project, {"dev", "db", "migrate", "--url", db_.url()});
  EXPECT_EQ(dev.exit_code, 0) << dev.err;
  EXPECT_EQ(project.read("migrations/migration_lock.toml"),
            "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n"
            "provider = \"postgresql\"\n");
}

}  // namespace
}  // namespace qdb::test
