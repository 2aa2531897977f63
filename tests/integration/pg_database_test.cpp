// The pg backend against a real server: search_path, history table definition, error fields, lock.
#include "pg/pg_database.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "base/error.hpp"
#include "support/pg/test_database.hpp"

namespace qdb::test {
namespace {

class PgDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!db_.ok()) GTEST_SKIP();
  }
  TestDatabase db_;
};

TEST_F(PgDatabaseTest, SchemaParameterSetsTheSearchPath) {
  db_.execute("CREATE SCHEMA \"My App\"");
  auto settings = settings_from_url(db_.url("schema=My%20App"));
  EXPECT_EQ(settings.schema, "My App");
  auto database = pg::connect(settings);
  ASSERT_FALSE(database->execute("CREATE TABLE where_am_i (id int)").has_value());
  EXPECT_EQ(db_.value("SELECT schemaname FROM pg_tables WHERE tablename = 'where_am_i'"), "My App");
}

TEST_F(PgDatabaseTest, PgBouncerModeSetsTheSearchPathWithSet) {
  db_.execute("CREATE SCHEMA app");
  auto settings = settings_from_url(db_.url("schema=app&pgbouncer=true"));
  EXPECT_TRUE(settings.set_search_path);
  EXPECT_EQ(settings.conninfo.find("search_path"), std::string::npos);
  auto database = pg::connect(settings);
  ASSERT_FALSE(database->execute("CREATE TABLE t (id int)").has_value());
  EXPECT_EQ(db_.value("SELECT schemaname FROM pg_tables WHERE tablename = 't'"), "app");
}

TEST_F(PgDatabaseTest, HistoryTableHasPrismasExactDefinition) {
  auto database = pg::connect(db_.settings("app"));
  EXPECT_FALSE(database->history_exists());
  database->create_history();
  EXPECT_TRUE(database->history_exists());
  EXPECT_EQ(db_.rows("SELECT column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, "
                     "coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = 'app' "
                     "AND table_name = '_prisma_migrations' ORDER BY ordinal_position"),
            (std::vector<std::string>{
                "id|character varying|36|NO|",
                "checksum|character varying|64|NO|",
                "finished_at|timestamp with time zone||YES|",
                "migration_name|character varying|255|NO|",
                "logs|text||YES|",
                "rolled_back_at|timestamp with time zone||YES|",
                "started_at|timestamp with time zone||NO|now()",
                "applied_steps_count|integer||NO|0",
            }));
  EXPECT_EQ(db_.value("SELECT conname FROM pg_constraint WHERE contype = 'p' AND conrelid = "
                      "'app._prisma_migrations'::regclass"),
            "_prisma_migrations_pkey");
}

TEST_F(PgDatabaseTest, HistoryComesOrderedWhenANameHasSeveralRows) {
  auto database = pg::connect(db_.settings());
  database->create_history();
  database->insert_applied("22222222-2222-4222-8222-222222222222", "001_a", "new");
  database->insert_applied("33333333-3333-4333-8333-333333333333", "002_b", "b");
  // Stored after the applied row, started an hour before it: an attempt rolled back earlier.
  db_.execute("INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, rolled_back_at) "
              "VALUES ('11111111-1111-4111-8111-111111111111', 'old', '001_a', now() - interval '1 hour', now())");
  auto rows = database->load_history();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].checksum, "old");
  EXPECT_TRUE(rows[0].rolled_back);
  EXPECT_EQ(rows[1].checksum, "new");
  EXPECT_EQ(rows[2].migration_name, "002_b");
}

TEST_F(PgDatabaseTest, HistoryRowsRoundTrip) {
  auto database = pg::connect(db_.settings());
  database->create_history();
  database->insert_started("11111111-1111-4111-8111-111111111111", "001_a", "abc");
  database->mark_failed("11111111-1111-4111-8111-111111111111", "ERROR: x");
  database->insert_applied("22222222-2222-4222-8222-222222222222", "002_b", "def");
  auto rows = database->load_history();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].migration_name, "001_a");
  EXPECT_TRUE(rows[0].failed());
  EXPECT_EQ(rows[0].logs.value_or(""), "ERROR: x");
  EXPECT_TRUE(rows[1].applied());
  EXPECT_EQ(rows[1].applied_steps_count, 1);
  // As the server prints a timestamptz: 2025-01-01 00:00:00.123456+00 (fraction and offset vary);
  // only the failed row, whose start is shown, carries it.
  EXPECT_EQ(rows[0].started_at.substr(4, 1) + rows[0].started_at.substr(10, 1), "- ") << rows[0].started_at;
  EXPECT_EQ(rows[1].started_at, "");
  auto of_b = database->history_of("002_b");
  ASSERT_EQ(of_b.size(), 1u);
  EXPECT_TRUE(of_b[0].applied());
  EXPECT_FALSE(of_b[0].started_at.empty());
  EXPECT_EQ(database->mark_rolled_back("001_a"), 1);
  EXPECT_EQ(database->mark_rolled_back("001_a"), 0);
}

TEST_F(PgDatabaseTest, SqlFailureCarriesPostgresFields) {
  auto database = pg::connect(db_.settings());
  auto failure = database->execute("CREATE TABLE a (id int);\nSELECT missing FROM a;");
  ASSERT_TRUE(failure.has_value());
  EXPECT_EQ(failure->sqlstate, "42703");
  EXPECT_EQ(failure->message, "column \"missing\" does not exist");
  EXPECT_EQ(failure->position, 33);
  auto check = database->execute("DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'd', HINT = 'h'; END $$");
  ASSERT_TRUE(check.has_value());
  EXPECT_EQ(check->sqlstate, "P0001");
  EXPECT_EQ(check->detail, "d");
  EXPECT_EQ(check->hint, "h");
  EXPECT_NE(check->where.find("PL/pgSQL function inline_code_block"), std::string::npos) << check->where;
}

TEST_F(PgDatabaseTest, TransactionsCommitAndRollBack) {
  auto database = pg::connect(db_.settings());
  database->begin();
  ASSERT_FALSE(database->execute("CREATE TABLE gone (id int)").has_value());
  database->rollback();
  database->begin();
  ASSERT_FALSE(database->execute("CREATE TABLE kept (id int)").has_value());
  database->commit();
  EXPECT_EQ(db_.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"),
            (std::vector<std::string>{"kept"}));
}

TEST_F(PgDatabaseTest, HistoryRowCommitsWithTheMigrationOrNotAtAll) {
  auto database = pg::connect(db_.settings());
  database->create_history();
  database->begin();
  ASSERT_FALSE(database->execute("CREATE TABLE x (id int)").has_value());
  database->insert_applied("11111111-1111-4111-8111-111111111111", "001_x", "c1");
  database->commit();
  EXPECT_EQ(db_.rows("SELECT migration_name, applied_steps_count FROM _prisma_migrations"),
            (std::vector<std::string>{"001_x|1"}));

  // The same id again: the row is refused, so the migration's table must not stay either.
  database->begin();
  ASSERT_FALSE(database->execute("CREATE TABLE y (id int)").has_value());
  database->insert_applied("11111111-1111-4111-8111-111111111111", "002_y", "c2");
  try {
    database->commit();
    FAIL() << "a duplicate history id was committed";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kDatabaseState);
    EXPECT_NE(std::string(e.what()).find("duplicate key value violates unique constraint"), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'y'"), "0");
  EXPECT_EQ(db_.value("SELECT count(*) FROM _prisma_migrations"), "1");
  // The connection is usable afterwards.
  EXPECT_FALSE(database->execute("SELECT 1").has_value());
}

TEST_F(PgDatabaseTest, ErrorPositionsCountFromTheTextGiven) {
  auto database = pg::connect(db_.settings());
  database->begin();
  auto failure = database->execute("SELECT 1;\nSELECT nope;");
  ASSERT_TRUE(failure.has_value());
  EXPECT_EQ(failure->position, 18);  // "nope", counted in the text passed to execute
  database->rollback();
}

TEST_F(PgDatabaseTest, AdvisoryLockExcludesASecondSession) {
  auto first = pg::connect(db_.settings());
  auto second = pg::connect(db_.settings());
  EXPECT_TRUE(first->try_lock());
  EXPECT_FALSE(second->try_lock());
  EXPECT_NE(second->lock_holder().find("(qdb, user postgres"), std::string::npos) << second->lock_holder();
  first->unlock();
  EXPECT_TRUE(second->try_lock());
  second->unlock();
}

TEST_F(PgDatabaseTest, ServerInfoSeesReadOnlySessions) {
  auto settings = db_.settings();
  settings.conninfo += " options='-c default_transaction_read_only=on'";
  auto info = pg::connect(settings)->server_info();
  EXPECT_TRUE(info.read_only);
  EXPECT_FALSE(info.in_recovery);
  EXPECT_EQ(info.database, db_.name());
}

TEST_F(PgDatabaseTest, BadPasswordErrorIsRedacted) {
  std::string url = db_.url();
  size_t at = url.find('@');
  std::string bad = url.substr(0, url.rfind(':', at) + 1) + "n0t-the-pw" + url.substr(at);
  try {
    pg::connect(settings_from_url(bad));
    FAIL() << "connected with a wrong password";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConnection);
    EXPECT_EQ(std::string(e.what()).find("n0t-the-pw"), std::string::npos);
    EXPECT_EQ(e.detail().find("n0t-the-pw"), std::string::npos);
    EXPECT_NE(e.detail().find("password authentication failed"), std::string::npos) << e.detail();
  }
}

// The one call another thread may make while this one waits for the server.
TEST_F(PgDatabaseTest, CancelFromAnotherThreadEndsTheRunningStatement) {
  auto database = pg::connect(db_.settings());
  database->cancel();  // nothing runs: nothing happens
  ASSERT_FALSE(database->execute("SELECT 1").has_value());
  std::thread canceller([&] {
    for (int i = 0; i < 3000; ++i) {
      if (db_.value("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
                    "AND query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()") == "1") {
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    database->cancel();
  });
  database->begin();
  std::optional<db::SqlFailure> failure = database->execute("CREATE TABLE gone (id int); SELECT pg_sleep(60)");
  canceller.join();
  ASSERT_TRUE(failure.has_value());
  EXPECT_EQ(failure->sqlstate, "57014");
  database->rollback();
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'gone'"), "0");
  // The session goes on.
  EXPECT_FALSE(database->execute("SELECT 1").has_value());
}

TEST_F(PgDatabaseTest, EmptyingInTheCallersTransactionIsUndoneByItsRollback) {
  db_.execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)");
  auto database = pg::connect(db_.settings());
  database->begin();
  EXPECT_EQ(database->empty_schema_in_transaction(), std::vector<std::string>{"table \"kept\""});
  database->rollback();
  EXPECT_EQ(db_.value("SELECT count(*) FROM kept"), "1");
  database->begin();
  database->empty_schema_in_transaction();
  database->commit();
  EXPECT_EQ(db_.value("SELECT count(*) FROM pg_tables WHERE tablename = 'kept'"), "0");
}

}  // namespace
}  // namespace qdb::test
