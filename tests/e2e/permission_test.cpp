// A role that lacks a privilege: its own exit code, the GRANT that is missing, the refused SQL whole.
#include <gtest/gtest.h>

#include "support/json_envelope.hpp"
#include "support/pg/test_database.hpp"
#include "support/process.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

class PermissionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
    role_ = db_.name() + "_app";
    // Since PostgreSQL 15 only the database owner may create in public; this says so for any version.
    db_.execute("CREATE ROLE " + role_ + " LOGIN PASSWORD 'pw'; REVOKE CREATE ON SCHEMA public FROM PUBLIC");
  }
  void TearDown() override {
    if (!role_.empty()) db_.execute("DROP OWNED BY " + role_ + "; DROP ROLE " + role_);
  }
  // qdb as the unprivileged role.
  ProcessResult qdb(const Project& project, std::vector<std::string> args) {
    args.push_back("--url");
    args.push_back(role_url("pw"));
    ProcessOptions options;
    options.cwd = project.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }
  // The test database's URL as the role, with `password` (**** for the redacted form).
  std::string role_url(const std::string& password) const {
    std::string url = db_.url();
    size_t start = url.find("://") + 3;
    url.replace(start, url.find('@') - start, role_ + ":" + password);
    return url;
  }
  TestDatabase db_;
  std::string role_;
};

TEST_F(PermissionTest, NoCreateOnTheSchemaForTheHistoryTable) {
  Project project;
  project.add_migration("001_users", "CREATE TABLE users (id int);\n");
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 17) << r.err;
  EXPECT_NE(r.err.find("error: the database refused \"CREATE TABLE IF NOT EXISTS \"public\".\"_prisma_migrations\" "
                       "( ...\": permission denied for schema public (SQLSTATE 42501)\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("hint: role " + role_ + " lacks a privilege: run `GRANT CREATE ON SCHEMA public TO " + role_ +
                       "` as the schema's owner or a superuser, or run qdb as a role that has it\n"),
            std::string::npos)
      << r.err;
  // The statement whole, to its last line.
  EXPECT_NE(r.err.find("the refused statement:\nCREATE TABLE IF NOT EXISTS \"public\".\"_prisma_migrations\" (\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("\"applied_steps_count\"   INTEGER NOT NULL DEFAULT 0\n)"), std::string::npos) << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "0");

  ProcessResult json = qdb(project, {"--json", "prod", "db", "migrate"});
  nlohmann::ordered_json doc = expect_envelope(json, {.command = "migrate", .profile = "prod", .exit_code = 17,
                                                      .database = role_url("****"), .schema = "public", .error_kind = "permission", .fields = {"dry_run", "applied"}});
  EXPECT_EQ(doc["error"]["hint"], "role " + role_ + " lacks a privilege: run `GRANT CREATE ON SCHEMA public TO " +
                                      role_ + "` as the schema's owner or a superuser, or run qdb as a role that has it");
}

TEST_F(PermissionTest, NoCreateOnTheSchemaForAMigration) {
  Project project;
  project.add_migration("001_users", "-- the users\nCREATE TABLE users (\n  id int,\n  name text\n);\n");
  // The history table is there and the role may write it; the schema stays closed to it.
  ProcessOptions as_owner;
  as_owner.cwd = project.root();
  ASSERT_EQ(run_qdb({"prod", "db", "migrate", "--url", db_.url()}, as_owner).exit_code, 0);
  db_.execute("DROP TABLE users; TRUNCATE _prisma_migrations; GRANT ALL ON _prisma_migrations TO " + role_);
  ProcessResult r = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(r.exit_code, 17) << r.err;
  EXPECT_NE(r.err.find("error: migration 001_users failed at migrations/001_users/migration.sql:2:14: permission "
                       "denied for schema public\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("the refused statement:\nCREATE TABLE users (\n  id int,\n  name text\n)\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("hint: role " + role_ + " lacks a privilege: run `GRANT CREATE ON SCHEMA public TO " + role_ +
                       "` as the schema's owner or a superuser, or run qdb as a role that has it; nothing of this "
                       "migration was applied or recorded (it ran in one transaction), so run migrate again "
                       "afterwards\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations"), "0");

  // The grant the hint names is the one that was missing.
  db_.execute("GRANT CREATE ON SCHEMA public TO " + role_);
  ProcessResult after = qdb(project, {"prod", "db", "migrate"});
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'users'"), "1");
}

TEST_F(PermissionTest, PushWithoutCreateOnTheSchema) {
  Project project;
  project.write("schema/schema.prisma",
                "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
                "model Post {\n  id    Int    @id\n  title String\n}\n");
  ProcessResult r = qdb(project, {"dev", "db", "push", "--skip-generate"});
  EXPECT_EQ(r.exit_code, 17) << r.err;
  EXPECT_NE(r.err.find("error: the database refused the change: permission denied for schema public\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("hint: role " + role_ + " lacks a privilege: run `GRANT CREATE ON SCHEMA public TO " + role_ +
                       "` as the schema's owner or a superuser, or run qdb as a role that has it; nothing was "
                       "changed\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("CREATE TABLE \"Post\" (\n"), std::string::npos) << r.err;  // the script, whole
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), "0");
}

}  // namespace
}  // namespace qdb::test
