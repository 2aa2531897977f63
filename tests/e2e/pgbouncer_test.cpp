// `?pgbouncer=true`: migrate and status through a real PgBouncer, in session and transaction pooling.
#include <gtest/gtest.h>

#include <future>
#include <thread>

#include "pg/admin.hpp"
#include "support/pg/test_database.hpp"
#include "support/pg/throwaway_server.hpp"
#include "support/project.hpp"

namespace qdb::test {
namespace {

class PgBouncerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
    project_.add_migration("001_users", "CREATE TABLE users (id int PRIMARY KEY, name text);\n");
    project_.add_migration("002_users_name", "CREATE INDEX CONCURRENTLY users_name_idx ON users (name);\n");
    project_.add_migration("003_posts",
                           "CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users (id));\n"
                           "INSERT INTO users VALUES (1, 'first');\n");
  }
  ProcessResult qdb(const PgBouncer& bouncer, std::vector<std::string> args) {
    args.push_back("--url");
    args.push_back(bouncer.url(db_.name(), "pgbouncer=true&schema=app"));
    ProcessOptions options;
    options.cwd = project_.root();
    options.env["DATABASE_URL"] = std::nullopt;
    return run_qdb(args, options);
  }
  std::vector<std::string> tables(const std::string& schema) {
    return db_.rows("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "' ORDER BY tablename");
  }
  std::vector<std::string> history() {
    return db_.rows(
        "SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NULL, logs IS NULL, applied_steps_count "
        "FROM app._prisma_migrations ORDER BY started_at, migration_name");
  }
  // Advisory locks on Prisma's key still held by any session (PgBouncer keeps server connections open).
  std::string migration_locks_held() {
    return db_.value(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = 72707369 "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
  }
  // Runs migrate and status through `bouncer` and checks what lands in the database.
  void migrate_and_check(const PgBouncer& bouncer) {
    ProcessResult migrate = qdb(bouncer, {"prod", "db", "migrate"});
    ASSERT_EQ(migrate.exit_code, 0) << migrate.err << bouncer.log();
    EXPECT_NE(migrate.out.find("Applied 3 migration(s)"), std::string::npos) << migrate.out;
    EXPECT_EQ(tables("app"), (std::vector<std::string>{"_prisma_migrations", "posts", "users"}));
    EXPECT_EQ(tables("public"), std::vector<std::string>{});
    EXPECT_EQ(db_.value("SELECT schemaname FROM pg_indexes WHERE indexname = 'users_name_idx'"), "app");
    EXPECT_EQ(db_.value("SELECT count(*) FROM app.users"), "1");
    EXPECT_EQ(history(), (std::vector<std::string>{"001_users|t|t|t|1", "002_users_name|t|t|t|1",
                                                   "003_posts|t|t|t|1"}));
    EXPECT_EQ(migration_locks_held(), "0");

    ProcessResult status = qdb(bouncer, {"prod", "db", "status", "--json"});
    EXPECT_EQ(status.exit_code, 0) << status.err;
    EXPECT_NE(status.out.find("\"up_to_date\": true"), std::string::npos) << status.out;
    EXPECT_NE(status.out.find("\"schema\": \"app\""), std::string::npos) << status.out;

    ProcessResult again = qdb(bouncer, {"prod", "db", "migrate"});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("Already up to date: 3 migration(s) applied, none pending."), std::string::npos)
        << again.out;
    EXPECT_EQ(migration_locks_held(), "0");
  }
  TestDatabase db_;
  Project project_;
};

TEST_F(PgBouncerTest, SessionPooling) {
  PgBouncer bouncer(server_url_or_skip(), "session");
  ASSERT_TRUE(bouncer.ok()) << bouncer.error();
  migrate_and_check(bouncer);
}

// Every transaction of one client goes to the next server connection of the pool, so whatever
// qdb left on one server session (a search_path, an advisory lock) is not there for the next one.
const char* kRoundRobin =
    "server_round_robin = 1\n"
    "default_pool_size = 4\n";

// Makes PgBouncer open `count` server connections to `database` by running that many
// transactions through it at once.
void fill_pool(const PgBouncer& bouncer, const std::string& database, int count) {
  std::vector<std::thread> clients;
  for (int i = 0; i < count; ++i) {
    clients.emplace_back([&] {
      pg::AdminConnection client(settings_from_url(bouncer.url(database, "pgbouncer=true")));
      client.execute("SELECT pg_sleep(0.3)");
    });
  }
  for (std::thread& client : clients) client.join();
}

TEST_F(PgBouncerTest, TransactionPooling) {
  PgBouncer bouncer(server_url_or_skip(), "transaction", kRoundRobin);
  ASSERT_TRUE(bouncer.ok()) << bouncer.error();
  fill_pool(bouncer, db_.name(), 4);
  // Behind transaction pooling a statement outside a transaction may meet a search_path other
  // than the target schema (see docs/migrate-and-status.md): such files name their schema.
  project_.add_migration("002_users_name", "CREATE INDEX CONCURRENTLY users_name_idx ON app.users (name);\n");
  migrate_and_check(bouncer);
}

TEST_F(PgBouncerTest, TransactionPoolingResolveLeavesNoLockBehind) {
  PgBouncer bouncer(server_url_or_skip(), "transaction", kRoundRobin);
  ASSERT_TRUE(bouncer.ok()) << bouncer.error();
  fill_pool(bouncer, db_.name(), 4);
  db_.execute("CREATE SCHEMA app; CREATE TABLE app.users (id int PRIMARY KEY, name text)");
  project_.add_migration("002_users_name", "CREATE INDEX CONCURRENTLY users_name_idx ON app.users (name);\n");
  ProcessResult resolve = qdb(bouncer, {"prod", "db", "resolve", "--applied", "001_users"});
  ASSERT_EQ(resolve.exit_code, 0) << resolve.err;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_users|t|t|t|1"}));
  EXPECT_EQ(migration_locks_held(), "0");
  ProcessResult migrate = qdb(bouncer, {"prod", "db", "migrate", "--lock-timeout", "2"});
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_users|t|t|t|1", "002_users_name|t|t|t|1", "003_posts|t|t|t|1"}));

  project_.add_migration("004_broken", "CREATE INDEX CONCURRENTLY broken_idx ON app.missing (id);\n");
  db_.execute("INSERT INTO app._prisma_migrations (id, checksum, migration_name, logs, applied_steps_count) "
              "VALUES ('f', 'c', '004_broken', 'ERROR 42P01', 0)");
  ProcessResult rolled_back = qdb(bouncer, {"prod", "db", "resolve", "--rolled-back", "004_broken"});
  EXPECT_EQ(rolled_back.exit_code, 0) << rolled_back.err;
  EXPECT_EQ(db_.value("SELECT rolled_back_at IS NOT NULL FROM app._prisma_migrations WHERE id = 'f'"), "t");
  EXPECT_EQ(migration_locks_held(), "0");
}

TEST_F(PgBouncerTest, TransactionPoolingTwoRunsAtOnceApplyEachMigrationOnce) {
  PgBouncer bouncer(server_url_or_skip(), "transaction", kRoundRobin);
  ASSERT_TRUE(bouncer.ok()) << bouncer.error();
  fill_pool(bouncer, db_.name(), 4);
  project_.add_migration("002_users_name", "CREATE INDEX CONCURRENTLY users_name_idx ON app.users (name);\n");
  project_.add_migration("004_slow", "SELECT pg_sleep(0.5);\nCREATE TABLE slow (id int);\n");
  project_.add_migration("005_slower", "SELECT pg_sleep(0.5);\nINSERT INTO users VALUES (2, 'second');\n");
  auto first = std::async(std::launch::async, [&] { return qdb(bouncer, {"prod", "db", "migrate"}); });
  auto second = std::async(std::launch::async, [&] { return qdb(bouncer, {"prod", "db", "migrate"}); });
  ProcessResult a = first.get();
  ProcessResult b = second.get();
  EXPECT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(b.exit_code, 0) << b.err;
  // Between them the two runs applied each migration once.
  auto count_applied = [](const std::string& err) {
    size_t n = 0;
    for (size_t at = err.find("  applied "); at != std::string::npos; at = err.find("  applied ", at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count_applied(a.out) + count_applied(b.out), 5u) << a.out << b.out;
  EXPECT_EQ(history(), (std::vector<std::string>{"001_users|t|t|t|1", "002_users_name|t|t|t|1", "003_posts|t|t|t|1",
                                                 "004_slow|t|t|t|1", "005_slower|t|t|t|1"}))
      << a.err << b.err;
  EXPECT_EQ(db_.value("SELECT count(*) FROM app.users"), "2");
  EXPECT_EQ(tables("public"), std::vector<std::string>{});
  EXPECT_EQ(migration_locks_held(), "0");
}

// The catalog is read over one session through a pooler: behind transaction pooling with one
// server connection a second session would wait for the first session's transaction (until
// query_wait_timeout ends it), and the first session waits for the second.
TEST_F(PgBouncerTest, TransactionPoolingOfOneConnectionReadsTheCatalogInOneSession) {
  PgBouncer bouncer(server_url_or_skip(), "transaction", "default_pool_size = 1\nquery_wait_timeout = 5\n");
  ASSERT_TRUE(bouncer.ok()) << bouncer.error();
  migrate_and_check(bouncer);
  project_.write("schema.prisma", "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n");
  ProcessResult diff = qdb(bouncer, {"prod", "db", "diff", "--from-url", bouncer.url(db_.name(), "pgbouncer=true&schema=app"),
                                     "--to-schema", "schema.prisma", "--script"});
  EXPECT_EQ(diff.exit_code, 0) << diff.err << bouncer.log();
  EXPECT_NE(diff.out.find("DROP TABLE \"posts\";"), std::string::npos) << diff.out;
  EXPECT_EQ(bouncer.log().find("query_wait_timeout"), std::string::npos) << bouncer.log();
}

}  // namespace
}  // namespace qdb::test
