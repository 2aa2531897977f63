// Read-only targets: a real streaming replica (hot standby) of a server of the test's own.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "pg/admin.hpp"
#include "support/pg/test_database.hpp"
#include "support/pg/throwaway_server.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

std::string value(const std::string& url, const std::string& sql, const std::vector<std::string>& parameters = {}) {
  pg::AdminConnection connection(settings_from_url(url));
  pg::Rows rows = connection.query(sql, parameters);
  return rows.at(0).at(0).value_or("<null>");
}

// Waits until the standby has replayed everything the primary has written so far.
bool caught_up(const ThrowawayServer& primary, const ThrowawayServer& standby) {
  const std::string lsn = value(primary.url(), "SELECT pg_current_wal_lsn()::text");
  for (int i = 0; i < 100; ++i) {
    if (value(standby.url(), "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", {lsn}) == "t") return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

TEST(HotStandby, MigrateIsRefusedWhileStatusAndDryRunReadWhatThePrimaryHas) {
  // Only to skip, like every database test, when run by hand without the test script.
  if (server_url_or_skip().empty()) return;
  ThrowawayServer primary;
  ProcessResult started = primary.start_primary();
  ASSERT_EQ(started.exit_code, 0) << started.err;
  ThrowawayServer standby;
  started = standby.start_standby(primary);
  ASSERT_EQ(started.exit_code, 0) << started.err;
  ASSERT_EQ(value(standby.url(), "SELECT pg_is_in_recovery()"), "t");
  ASSERT_EQ(value(primary.url(), "SELECT pg_is_in_recovery()"), "f");

  Project project;
  project.add_migration("001_users", "CREATE TABLE users (id int PRIMARY KEY);\n");
  ProcessOptions options;
  options.cwd = project.root();
  options.env["DATABASE_URL"] = std::nullopt;
  ProcessResult on_primary = run_qdb({"prod", "db", "migrate", "--url", primary.url()}, options);
  ASSERT_EQ(on_primary.exit_code, 0) << on_primary.err;
  project.add_migration("002_posts", "CREATE TABLE posts (id int PRIMARY KEY);\n");
  ASSERT_TRUE(caught_up(primary, standby));

  ProcessResult migrate = run_qdb({"prod", "db", "migrate", "--url", standby.url()}, options);
  EXPECT_EQ(migrate.exit_code, 9) << migrate.err;
  EXPECT_NE(migrate.err.find("error: database \"postgres\" is a read-only hot standby (pg_is_in_recovery() is true)\n"),
            std::string::npos)
      << migrate.err;
  EXPECT_NE(migrate.err.find("point DATABASE_URL at the primary server"), std::string::npos) << migrate.err;
  EXPECT_EQ(migrate.err.find("Applying"), std::string::npos) << migrate.err;

  // resolve writes too, and is refused the same way.
  ProcessResult resolve = run_qdb({"prod", "db", "resolve", "--applied", "002_posts", "--url", standby.url()}, options);
  EXPECT_EQ(resolve.exit_code, 9) << resolve.err;
  EXPECT_NE(resolve.err.find("error: database \"postgres\" is a read-only hot standby (pg_is_in_recovery() is true)\n"),
            std::string::npos)
      << resolve.err;

  // status reads the replicated history: the primary's applied migration, the new one pending.
  ProcessResult status = run_qdb({"prod", "db", "status", "--json", "--url", standby.url()}, options);
  EXPECT_EQ(status.exit_code, 12) << status.err;
  EXPECT_NE(status.out.find("\"applied\": [\n    \"001_users\"\n  ]"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("\"pending\": [\n    \"002_posts\"\n  ]"), std::string::npos) << status.out;

  ProcessResult dry_run = run_qdb({"prod", "db", "migrate", "--dry-run", "--json", "--url", standby.url()}, options);
  EXPECT_EQ(dry_run.exit_code, 0) << dry_run.err;
  EXPECT_NE(dry_run.out.find("\"would_apply\": [\n    \"002_posts\"\n  ]"), std::string::npos) << dry_run.out;
  EXPECT_NE(dry_run.out.find("\"already_applied\": 1"), std::string::npos) << dry_run.out;

  // Nothing was written anywhere: the primary still has one migration, and no posts table.
  EXPECT_EQ(value(primary.url(), "SELECT string_agg(migration_name, ',') FROM _prisma_migrations"), "001_users");
  EXPECT_EQ(value(primary.url(), "SELECT to_regclass('posts') IS NULL"), "t");
}

}  // namespace
}  // namespace qdb::test
