#include "migrate/transaction_mode.hpp"

#include <gtest/gtest.h>

#include <string>

namespace qdb::migrate {
namespace {

// Every reason as "line:col: message", joined with " | "; "" for a transactional file.
std::string reasons_of(std::string_view sql) {
  SplitResult split = split_statements("m.sql", sql);
  TransactionAnalysis analysis = analyze_transaction_mode(sql, split.statements);
  EXPECT_EQ(analysis.mode == TransactionMode::kTransactional, analysis.reasons.empty()) << sql;
  std::string out;
  for (const TransactionReason& r : analysis.reasons) {
    if (!out.empty()) out += " | ";
    out += std::to_string(r.line) + ":" + std::to_string(r.column) + ": " + r.message();
  }
  return out;
}

struct Case {
  const char* name;
  const char* sql;
  const char* want;  // "" when the file may run in one transaction
};

class TransactionModeTest : public testing::TestWithParam<Case> {};

TEST_P(TransactionModeTest, Classifies) {
  EXPECT_EQ(reasons_of(GetParam().sql), GetParam().want) << GetParam().sql;
}

const Case kCases[] = {
    // Ordinary DDL and DML stay transactional.
    {"CreateTable", "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL);", ""},
    {"CreateIndex", "CREATE INDEX \"User_email_idx\" ON \"User\"(\"email\");", ""},
    {"CreateUniqueIndex", "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");", ""},
    {"IndexNamedLikeKeyword", "CREATE INDEX \"concurrently\" ON t (a);", ""},
    {"AlterTypeAddValue", "ALTER TYPE \"Role\" ADD VALUE 'ADMIN';", ""},
    {"RefreshMatviewConcurrently", "REFRESH MATERIALIZED VIEW CONCURRENTLY mv;", ""},
    {"Analyze", "ANALYZE t;", ""},
    {"ClusterTable", "CLUSTER t USING t_idx;", ""},
    {"ClusterVerboseTable", "CLUSTER VERBOSE t;", ""},
    {"ReindexTable", "REINDEX TABLE t;", ""},
    {"ReindexVerboseTable", "REINDEX (VERBOSE) TABLE t;", ""},
    {"ReindexConcurrentlyOff", "REINDEX (CONCURRENTLY false) INDEX i;", ""},
    {"Savepoint", "SAVEPOINT a;\nRELEASE SAVEPOINT a;", ""},
    {"RollbackToSavepoint", "ROLLBACK TO SAVEPOINT a;\nROLLBACK WORK TO a;", ""},
    {"PrepareStatement", "PREPARE q AS SELECT 1;", ""},
    {"SetTransaction", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;", ""},
    {"AlterDatabaseSetting", "ALTER DATABASE d SET default_tablespace = 'x';", ""},
    {"DetachPartition", "ALTER TABLE p DETACH PARTITION c;", ""},
    {"DoBlockBeginEnd", "DO $$ BEGIN\n  RAISE NOTICE 'x';\nEND $$;", ""},
    {"FunctionBodyBeginCommit", "CREATE FUNCTION f() RETURNS void AS $fn$\nBEGIN\n  COMMIT;\nEND;\n$fn$ LANGUAGE plpgsql;", ""},
    {"SqlStandardBody", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;", ""},
    {"KeywordsInStrings", "INSERT INTO log VALUES ('VACUUM'), ('BEGIN'), ($$COMMIT$$);", ""},
    {"KeywordsInComments", "-- VACUUM;\n/* BEGIN; */ SELECT 1;", ""},
    {"QuotedIdentifierBegin", "\"begin\";", ""},
    {"EndIsNotWholeStatement", "END IF;", ""},
    {"SubscriptionWithoutSlot", "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (create_slot = false);", ""},
    {"SubscriptionNotConnected", "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = 'off', enabled = false);", ""},
    {"AlterSubscriptionNoRefresh", "ALTER SUBSCRIPTION s SET PUBLICATION p WITH (refresh = false);", ""},
    {"EmptyFile", "-- This is an empty migration.", ""},

    // Statements PostgreSQL refuses inside a transaction block.
    {"CreateIndexConcurrently", "CREATE INDEX CONCURRENTLY i ON t (a);", "1:1: CREATE INDEX CONCURRENTLY cannot run inside a transaction block"},
    {"CreateIndexConcurrentlyLower", "create index concurrently if not exists i on t (a);", "1:1: CREATE INDEX CONCURRENTLY cannot run inside a transaction block"},
    {"CreateUniqueIndexConcurrently", "CREATE TABLE t (a int);\n\nCREATE UNIQUE INDEX CONCURRENTLY i ON t (a);", "3:1: CREATE UNIQUE INDEX CONCURRENTLY cannot run inside a transaction block"},
    {"DropIndexConcurrently", "DROP INDEX CONCURRENTLY IF EXISTS i;", "1:1: DROP INDEX CONCURRENTLY cannot run inside a transaction block"},
    {"ReindexConcurrently", "REINDEX INDEX CONCURRENTLY i;", "1:1: REINDEX CONCURRENTLY cannot run inside a transaction block"},
    {"ReindexVerboseConcurrently", "REINDEX (VERBOSE) TABLE CONCURRENTLY x;", "1:1: REINDEX CONCURRENTLY cannot run inside a transaction block"},
    {"ReindexConcurrentlyOption", "REINDEX (CONCURRENTLY, VERBOSE) TABLE x;", "1:1: REINDEX CONCURRENTLY cannot run inside a transaction block"},
    {"ReindexDatabase", "REINDEX DATABASE d;", "1:1: REINDEX DATABASE cannot run inside a transaction block"},
    {"ReindexSchema", "REINDEX SCHEMA public;", "1:1: REINDEX SCHEMA cannot run inside a transaction block"},
    {"Vacuum", "VACUUM;", "1:1: VACUUM cannot run inside a transaction block"},
    {"VacuumFullAnalyze", "vacuum (full, analyze) t;", "1:1: VACUUM cannot run inside a transaction block"},
    {"AlterSystem", "ALTER SYSTEM SET work_mem = '64MB';", "1:1: ALTER SYSTEM cannot run inside a transaction block"},
    {"CreateDatabase", "CREATE DATABASE shadow;", "1:1: CREATE DATABASE cannot run inside a transaction block"},
    {"DropDatabase", "DROP DATABASE IF EXISTS shadow;", "1:1: DROP DATABASE cannot run inside a transaction block"},
    {"AlterDatabaseSetTablespace", "ALTER DATABASE d SET TABLESPACE fast;", "1:1: ALTER DATABASE SET TABLESPACE cannot run inside a transaction block"},
    {"CreateTablespace", "CREATE TABLESPACE fast LOCATION '/ssd';", "1:1: CREATE TABLESPACE cannot run inside a transaction block"},
    {"DropTablespace", "DROP TABLESPACE fast;", "1:1: DROP TABLESPACE cannot run inside a transaction block"},
    {"CreateSubscription", "CREATE SUBSCRIPTION s CONNECTION 'host=a' PUBLICATION p;", "1:1: CREATE SUBSCRIPTION cannot run inside a transaction block"},
    {"CreateSubscriptionSlotOn", "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (create_slot = true);", "1:1: CREATE SUBSCRIPTION cannot run inside a transaction block"},
    {"DropSubscription", "DROP SUBSCRIPTION s;", "1:1: DROP SUBSCRIPTION cannot run inside a transaction block"},
    {"AlterSubscriptionRefresh", "ALTER SUBSCRIPTION s REFRESH PUBLICATION;", "1:1: ALTER SUBSCRIPTION REFRESH PUBLICATION cannot run inside a transaction block"},
    {"AlterSubscriptionSetPublication", "ALTER SUBSCRIPTION s SET PUBLICATION p;", "1:1: ALTER SUBSCRIPTION PUBLICATION with refresh cannot run inside a transaction block"},
    {"ClusterAll", "CLUSTER;", "1:1: CLUSTER without a table name cannot run inside a transaction block"},
    {"ClusterVerbose", "CLUSTER VERBOSE;", "1:1: CLUSTER without a table name cannot run inside a transaction block"},
    {"ClusterOptions", "CLUSTER (VERBOSE);", "1:1: CLUSTER without a table name cannot run inside a transaction block"},
    {"DetachPartitionConcurrently", "ALTER TABLE p DETACH PARTITION c CONCURRENTLY;", "1:1: ALTER TABLE DETACH PARTITION CONCURRENTLY cannot run inside a transaction block"},
    {"DiscardAll", "DISCARD ALL;", "1:1: DISCARD ALL cannot run inside a transaction block"},
    {"CommitPrepared", "COMMIT PREPARED 'x';", "1:1: COMMIT PREPARED cannot run inside a transaction block"},
    {"RollbackPrepared", "ROLLBACK PREPARED 'x';", "1:1: ROLLBACK PREPARED cannot run inside a transaction block"},
    {"AfterComment", "-- CreateIndex\n/* big table */ CREATE INDEX CONCURRENTLY i ON t (a);", "2:17: CREATE INDEX CONCURRENTLY cannot run inside a transaction block"},
    {"LastStatementWithoutSemicolon", "SELECT 1;\n  VACUUM t", "2:3: VACUUM cannot run inside a transaction block"},

    // Files that manage their own transactions.
    {"Begin", "BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;", "1:1: BEGIN manages transactions itself | 3:1: COMMIT manages transactions itself"},
    {"BeginTransaction", "begin transaction isolation level serializable;", "1:1: BEGIN manages transactions itself"},
    {"BeginWork", "Begin Work;", "1:1: BEGIN manages transactions itself"},
    {"StartTransaction", "START TRANSACTION;", "1:1: START TRANSACTION manages transactions itself"},
    {"CommitAndChain", "COMMIT AND CHAIN;", "1:1: COMMIT manages transactions itself"},
    {"End", "END;", "1:1: END manages transactions itself"},
    {"EndTransaction", "end transaction", "1:1: END manages transactions itself"},
    {"Rollback", "ROLLBACK;", "1:1: ROLLBACK manages transactions itself"},
    {"Abort", "ABORT WORK;", "1:1: ABORT manages transactions itself"},
    {"PrepareTransaction", "PREPARE TRANSACTION 'x';", "1:1: PREPARE TRANSACTION manages transactions itself"},
    {"BeginAfterComments", "/* a /* nested */ comment */\n-- line\n  BEGIN;", "3:3: BEGIN manages transactions itself"},
    {"DoBlockThenCommit", "DO $$ BEGIN PERFORM 1; END $$;\nCOMMIT;", "2:1: COMMIT manages transactions itself"},
    {"MixedReasonsInOrder", "BEGIN;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON t (a);",
     "1:1: BEGIN manages transactions itself | 2:1: COMMIT manages transactions itself | 3:1: CREATE INDEX "
     "CONCURRENTLY cannot run inside a transaction block"},
};

INSTANTIATE_TEST_SUITE_P(Statements, TransactionModeTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(TransactionMode, ReasonCarriesKindIndexAndStatement) {
  std::string sql = "CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY i ON t (a);";
  SplitResult split = split_statements("m.sql", sql);
  TransactionAnalysis analysis = analyze_transaction_mode(sql, split.statements);
  ASSERT_EQ(analysis.reasons.size(), 1u);
  const TransactionReason& r = analysis.reasons[0];
  EXPECT_EQ(r.kind, TransactionReason::Kind::kCannotRunInTransaction);
  EXPECT_EQ(r.statement, "CREATE INDEX CONCURRENTLY");
  EXPECT_EQ(r.statement_index, 1u);
  EXPECT_EQ(r.line, 2);
  EXPECT_EQ(r.column, 1);
}

TEST(TransactionMode, ControlsTransactionsKind) {
  std::string sql = "START TRANSACTION;";
  auto r = classify_statement(sql, split_statements("m.sql", sql).statements.at(0));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->kind, TransactionReason::Kind::kControlsTransactions);
}

TEST(TransactionMode, AnalyzesAMigration) {
  Migration migration{"20240101000000_idx", "migrations/20240101000000_idx/migration.sql",
                      "-- CreateIndex\nCREATE INDEX CONCURRENTLY \"t_a_idx\" ON \"t\"(\"a\");\n", ""};
  TransactionAnalysis analysis = analyze_transaction_mode(migration);
  EXPECT_EQ(analysis.mode, TransactionMode::kNonTransactional);
  ASSERT_EQ(analysis.reasons.size(), 1u);
  EXPECT_EQ(analysis.reasons[0].line, 2);

  migration.sql = "CREATE TABLE \"t\" (\"a\" INTEGER);\n";
  EXPECT_EQ(analyze_transaction_mode(migration).mode, TransactionMode::kTransactional);
}

}  // namespace
}  // namespace qdb::migrate
