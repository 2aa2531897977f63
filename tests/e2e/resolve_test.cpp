// `qdb <profile> db resolve`, and `migrate` creating a missing database, against a real server.
#include <gtest/gtest.h>

#include "migrate/checksum.hpp"
#include "pg/admin.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

class ResolveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  ProcessResult qdb(const Project& project, std::vector<std::string> args, const std::string& url = {}) {
    args.push_back("--url");
    args.push_back(url.empty() ? db_.url() : url);
    ProcessOptions options;
    options.cwd = project.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }
  std::vector<std::string> history() {
    return db_.rows(
        "SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NOT NULL, applied_steps_count "
        "FROM _prisma_migrations ORDER BY started_at, migration_name, rolled_back_at NULLS LAST");
  }
  // 002_index fails (duplicate values) outside a transaction and is recorded as failed.
  void fail_second(const Project& project) {
    project.add_migration("001_table", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1), (1);\n");
    project.add_migration("002_index", "CREATE UNIQUE INDEX CONCURRENTLY t_id_key ON t (id);\n");
    project.add_migration("003_after", "CREATE TABLE after_it (id int);\n");
    ASSERT_EQ(qdb(project, {"prod", "db", "migrate"}).exit_code, 8);
    ASSERT_EQ(history(), (std::vector<std::string>{"001_table|t|f|1", "002_index|f|f|0"}));
  }
  // A URL for database `name` on the test server, as user `userinfo` ("user:password").
  std::string url_for(const std::string& name, const std::string& userinfo = {}) {
    std::string url = db_.url();
    url.replace(url.rfind('/') + 1, std::string::npos, name);
    if (!userinfo.empty()) url.replace(url.find("://") + 3, url.find('@') - url.find("://") - 3, userinfo);
    return url;
  }
  TestDatabase db_;
};

TEST_F(ResolveTest, RolledBackLetsTheNextMigrateRunItAgain) {
  Project project;
  fail_second(project);
  ProcessResult r = qdb(project, {"--json", "prod", "db", "resolve", "--rolled-back", "002_index"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Marked migration 002_index as rolled back; `qdb prod db migrate` runs it again."),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("\"resolved_as\": \"rolled_back\""), std::string::npos) << r.out;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_table|t|f|1", "002_index|f|t|0"}));
  ProcessResult twice = qdb(project, {"prod", "db", "resolve", "--rolled-back", "002_index"});
  EXPECT_EQ(twice.exit_code, 9) << twice.err;
  EXPECT_NE(twice.err.find("it is already marked rolled back; `qdb prod db migrate` runs it again"), std::string::npos)
      << twice.err;

  db_.execute("DELETE FROM t WHERE ctid <> (SELECT min(ctid) FROM t); DROP INDEX IF EXISTS t_id_key");
  ProcessResult m = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_table|t|f|1", "002_index|f|t|0", "002_index|t|f|1",
                                                 "003_after|t|f|1"}));
}

TEST_F(ResolveTest, AppliedRecordsAFailedMigrationWithoutRunningIt) {
  Project project;
  fail_second(project);
  ProcessResult r = qdb(project, {"prod", "db", "resolve", "--applied", "002_index"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Recorded migration 002_index as applied (its failed attempt is marked rolled back)."),
            std::string::npos)
      << r.out;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_table|t|f|1", "002_index|f|t|0", "002_index|t|f|1"}));
  EXPECT_EQ(db_.value("SELECT checksum FROM _prisma_migrations WHERE migration_name = '002_index' AND "
                      "finished_at IS NOT NULL"),
            migrate::checksum_of("CREATE UNIQUE INDEX CONCURRENTLY t_id_key ON t (id);\n"));
  ProcessResult m = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(db_.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"),
            (std::vector<std::string>{"_prisma_migrations", "after_it", "t"}));
}

TEST_F(ResolveTest, AppliedBaselinesAnExistingDatabase) {
  Project project;
  project.add_migration("001_existing", "CREATE TABLE legacy (id int);\n");
  project.add_migration("002_new", "CREATE TABLE fresh (id int);\n");
  db_.execute("CREATE TABLE legacy (id int)");
  ProcessResult r = qdb(project, {"prod", "db", "resolve", "--applied", "001_existing"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Recorded migration 001_existing as applied without running it."), std::string::npos) << r.out;
  ProcessResult m = qdb(project, {"prod", "db", "migrate"});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_existing|t|f|1", "002_new|t|f|1"}));
}

TEST_F(ResolveTest, RefusesWhatCannotBeResolved) {
  Project project;
  project.add_migration("001_table", "CREATE TABLE t (id int);\n");
  project.add_migration("002_pending", "CREATE TABLE u (id int);\n");
  project.write("migrations/002_pending/migration.sql", "CREATE TABLE u (id int);\n");
  ASSERT_EQ(qdb(project, {"prod", "db", "resolve", "--applied", "001_table"}).exit_code, 0);

  ProcessResult unknown = qdb(project, {"prod", "db", "resolve", "--applied", "009_nope"});
  EXPECT_EQ(unknown.exit_code, 2) << unknown.err;
  EXPECT_NE(unknown.err.find("error: migration \"009_nope\" is not in migrations\n"), std::string::npos)
      << unknown.err;

  ProcessResult twice = qdb(project, {"prod", "db", "resolve", "--applied", "001_table"});
  EXPECT_EQ(twice.exit_code, 9) << twice.err;
  EXPECT_NE(twice.err.find("error: migration 001_table is already recorded as applied in "), std::string::npos)
      << twice.err;

  ProcessResult not_failed = qdb(project, {"prod", "db", "resolve", "--rolled-back", "002_pending"});
  EXPECT_EQ(not_failed.exit_code, 9) << not_failed.err;
  EXPECT_NE(not_failed.err.find(
                "error: migration 002_pending cannot be marked rolled back: it is not recorded as failed in "),
            std::string::npos)
      << not_failed.err;
  EXPECT_NE(not_failed.err.find("hint: it has not been run; `qdb prod db migrate` applies it"), std::string::npos)
      << not_failed.err;

  ProcessResult both = qdb(project, {"prod", "db", "resolve", "--applied", "001_table", "--rolled-back", "001_table"});
  EXPECT_EQ(both.exit_code, 2) << both.err;
  ProcessResult neither = qdb(project, {"prod", "db", "resolve"});
  EXPECT_EQ(neither.exit_code, 2) << neither.err;
  EXPECT_NE(neither.err.find("error: resolve needs --applied NAME or --rolled-back NAME"), std::string::npos)
      << neither.err;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_table|t|f|1"}));
}

TEST_F(ResolveTest, DevMigrateCreatesAMissingDatabaseAndProdDoesNot) {
  Project project;
  project.add_migration("001_table", "CREATE TABLE t (id int);\n");
  const std::string name = db_.name() + "_created";
  ProcessResult prod = qdb(project, {"prod", "db", "migrate"}, url_for(name));
  EXPECT_EQ(prod.exit_code, 6) << prod.err;
  EXPECT_NE(prod.err.find("database \"" + name + "\" does not exist"), std::string::npos) << prod.err;

  ProcessResult dev = qdb(project, {"dev", "db", "migrate"}, url_for(name));
  EXPECT_EQ(dev.exit_code, 0) << dev.err;
  EXPECT_NE(dev.err.find("Created database \"" + name + "\"\n"), std::string::npos) << dev.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"), "1");
  db_.execute("DROP DATABASE \"" + name + "\" WITH (FORCE)");
}

TEST_F(ResolveTest, ARoleWithoutCreatedbGetsAClearError) {
  Project project;
  project.add_migration("001_table", "CREATE TABLE t (id int);\n");
  const std::string role = db_.name() + "_nocreate";
  db_.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw' NOCREATEDB");
  const std::string name = db_.name() + "_never";
  ProcessResult r = qdb(project, {"dev", "db", "migrate"}, url_for(name, role + ":pw"));
  EXPECT_EQ(r.exit_code, 9) << r.err;
  EXPECT_NE(r.err.find("error: database \"" + name + "\" does not exist, and role \"" + role +
                       "\" may not create it (it lacks CREATEDB)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"), "0");
  db_.execute("DROP ROLE " + role);
}

}  // namespace
}  // namespace qdb::test
