#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace qdb::db {

/// How to reach the server. Built from DATABASE_URL; only the pg backend reads `conninfo`.
struct ConnectionSettings {
  std::string conninfo;      // libpq keyword=value string; holds the password, never printed
  std::string url;           // the URL as resolved, password included: only handed to child processes
  std::string redacted_url;  // the URL with its password as ****, for every message
  std::string schema = "public";  // target schema: history table, search_path
  std::string password;      // to scrub from libpq's own messages
  std::string database;      // database name, for messages and `create database`
  // ?pgbouncer=true: PgBouncer rejects `options`, so search_path is set with SET after connecting
  // and, because transaction pooling keeps no session state, again with SET LOCAL in every BEGIN.
  bool set_search_path = false;
};

/// One row of Prisma's `_prisma_migrations` table; timestamps as the server prints them
/// (e.g. "2025-01-02 10:00:01.123+00").
struct HistoryRow {
  std::string id;
  std::string checksum;
  bool finished = false;     // finished_at is set
  std::string migration_name;
  std::optional<std::string> logs;
  bool rolled_back = false;  // rolled_back_at is set
  // started_at as the server prints a timestamptz. load_history() fills it for failed rows only,
  // the only ones whose start is shown: formatting a long history's timestamps costs the server
  // more than the rest of the query.
  std::string started_at;
  int applied_steps_count = 0;

  /// Started and neither finished nor rolled back: blocks further migrations.
  bool failed() const { return !finished && !rolled_back; }
  /// Finished and not rolled back: the migration counts as applied.
  bool applied() const { return finished && !rolled_back; }
};

/// Whether the order of history rows changes what they mean: a migration with more than one row
/// (its latest applied row is the one compared with the file) or a failed row (failures are
/// reported oldest first). Without either, every order gives the same plan.
bool history_order_matters(const std::vector<HistoryRow>& rows);

/// An error reported by the server for a statement, with PostgreSQL's fields.
struct SqlFailure {
  std::string sqlstate;
  std::string message;
  std::string detail;
  std::string hint;
  std::string where;  // PG_DIAG_CONTEXT
  int position = 0;   // 1-based character position in the text sent, 0 when unknown
};

/// What a script of several statements did (SqlExecutor::execute_script).
struct ScriptOutcome {
  std::optional<SqlFailure> failure;  // the statement that failed; the server ran nothing after it
  int commits = 0;                    // the COMMIT statements that succeeded, all before the failure
};

/// A transactional migration to apply together with others (HistoryStore::apply_together), and
/// the history row that records it.
struct MigrationToRecord {
  const std::string* sql = nullptr;
  std::string id;
  std::string name;
  std::string checksum;
  bool flushed = true;  // false: its COMMIT does not wait for the WAL flush (SqlExecutor::set_flushed_commits)
};

/// What the server says about itself, asked once before anything is changed.
struct ServerInfo {
  std::string version;
  std::string database;
  std::string user;
  bool in_recovery = false;  // a hot standby
  bool read_only = false;    // default_transaction_read_only or transaction_read_only is on
};

/// What a run reads before anything else (HistoryStore::read_start).
struct StartState {
  ServerInfo server;
  std::optional<std::vector<HistoryRow>> history;  // unset: no history table, or not asked for
};

/// Prisma's history table in the target schema.
class HistoryStore {
 public:
  virtual ~HistoryStore() = default;
  /// Whether `_prisma_migrations` exists in the target schema.
  virtual bool history_exists() = 0;
  /// Creates the target schema (if missing) and the table with Prisma's exact definition.
  virtual void create_history() = 0;
  /// server_info(), and with `with_history` load_history() when history_exists(), in one round
  /// trip where the connection allows it.
  virtual StartState read_start(bool with_history) = 0;
  /// All rows; started_at is filled for failed rows only. When their order matters
  /// (history_order_matters: a name with several rows, or a failed row) they are ordered by
  /// started_at then migration_name; otherwise they may come in any order, since ordering a long
  /// history took the server as long as the rest of the query.
  virtual std::vector<HistoryRow> load_history() = 0;
  /// The rows of migration `name`, ordered by started_at.
  virtual std::vector<HistoryRow> history_of(const std::string& name) = 0;
  /// Inserts a row for a migration that is starting (started_at = now(), nothing finished).
  virtual void insert_started(const std::string& id, const std::string& name, const std::string& checksum) = 0;
  /// Inserts a row for a migration whose effects are committed in the same transaction
  /// (finished_at = now(), applied_steps_count = 1).
  virtual void insert_applied(const std::string& id, const std::string& name, const std::string& checksum) = 0;
  /// Completes a started row: finished_at = now(), applied_steps_count = 1.
  virtual void mark_finished(const std::string& id) = 0;
  /// Records the error of a started row, leaving it failed.
  virtual void mark_failed(const std::string& id, const std::string& logs) = 0;
  /// Sets rolled_back_at = now() on every failed row of migration `name`; returns how many.
  virtual int mark_rolled_back(const std::string& name) = 0;
  /// Applies `migrations` in order in one round trip, each in a transaction of its own together
  /// with its history row (as insert_applied writes it), and stops at the first failure: the
  /// `commits` first are applied and recorded, nothing after the failing statement ran, and the
  /// failed transaction stays open for the caller to roll back. A syntax error anywhere stops
  /// everything before it runs. Positions in the failure are not those of any one file.
  virtual ScriptOutcome apply_together(const std::vector<MigrationToRecord>& migrations) = 0;
};

/// Prisma's session-level advisory lock (key 72707369), so qdb and Prisma exclude each other.
class MigrationLock {
 public:
  virtual ~MigrationLock() = default;
  /// One non-blocking attempt.
  virtual bool try_lock() = 0;
  virtual void unlock() = 0;
  /// One non-blocking attempt at the same lock for the open transaction only
  /// (pg_try_advisory_xact_lock): COMMIT or ROLLBACK releases it. Behind PgBouncer's transaction
  /// pooling it is the only form of the lock that stays with the server connection that took it.
  virtual bool try_lock_in_transaction() = 0;
  /// Who holds the lock (pid, application, since when), or empty when nobody is seen.
  virtual std::string lock_holder() = 0;
};

/// Runs migration SQL. Failures of the SQL itself are returned, not thrown; a lost connection throws.
class SqlExecutor {
 public:
  virtual ~SqlExecutor() = default;
  virtual void begin() = 0;
  virtual void commit() = 0;
  /// Rolls back whatever transaction is open (none is fine).
  virtual void rollback() = 0;
  /// Whether the COMMIT of a transaction begun from now on waits until the server has flushed its
  /// WAL to disk (true, the default), or returns before (synchronous_commit off for that
  /// transaction only). The WAL is written in order, so the next flushed commit, or
  /// flush_commits(), makes the unflushed ones before it durable too; a server crash before that
  /// loses a suffix of them, each whole.
  virtual void set_flushed_commits(bool flushed) = 0;
  /// Makes every commit so far durable: rolls back an open transaction, then commits one that
  /// writes WAL and waits for its flush (a transaction that writes nothing flushes nothing).
  virtual void flush_commits() = 0;
  /// Sends `sql` (one statement or several) as one simple query.
  virtual std::optional<SqlFailure> execute(const std::string& sql) = 0;
  /// Sends `sql`, several statements with BEGIN and COMMIT of their own, as one simple query, and
  /// counts the COMMITs that succeeded: on a failure, the transactions they ended stay committed
  /// and nothing after the failing statement ran (a syntax error anywhere stops the whole text
  /// before anything runs). A transaction the failure aborted stays open: the caller rolls back.
  /// Positions in the failure count characters of `sql`.
  virtual ScriptOutcome execute_script(const std::string& sql) = 0;
  /// Asks the server to cancel the statement running now on this connection (its failure then
  /// comes back from execute(), SQLSTATE 57014). May be called from another thread while this
  /// one waits for the server; the only member that may. Does nothing when no statement runs,
  /// and never throws.
  virtual void cancel() = 0;
};

/// Empties the target schema, for `reset`.
class SchemaEraser {
 public:
  virtual ~SchemaEraser() = default;
  /// Drops every object in the target schema (extensions installed in it, views, materialized
  /// views, tables, foreign tables, sequences, functions, procedures, aggregates, enums, domains,
  /// composite and range types, collations, the history table), keeping the schema itself with
  /// its owner and grants. Other schemas are untouched. Runs in one transaction: on failure
  /// nothing is dropped. Returns what was dropped, e.g. `table "users"`.
  /// Throws qdb::Error(kDatabaseState) when the server refuses.
  virtual std::vector<std::string> empty_schema() = 0;
  /// The same inside the transaction the caller opened with begin(): nothing is committed, and on
  /// failure the caller rolls back. For a reset that is one transaction from start to end.
  virtual std::vector<std::string> empty_schema_in_transaction() = 0;
};

/// A connection to the target database.
class Database : public HistoryStore, public MigrationLock, public SqlExecutor, public SchemaEraser {
 public:
  virtual ServerInfo server_info() = 0;
};

/// Opens a connection; throws qdb::Error(kConnection) with a redacted message when it cannot.
using Connector = std::function<std::unique_ptr<Database>(const ConnectionSettings&)>;

/// The server's maintenance database `postgres`, reached with the target's credentials, for
/// creating the target database.
class Maintenance {
 public:
  virtual ~Maintenance() = default;
  /// Whether a database called `name` exists on the server.
  virtual bool database_exists(const std::string& name) = 0;
  /// CREATE DATABASE with `name` quoted. Throws qdb::Error(kDatabaseState), naming CREATEDB when
  /// the role lacks that privilege.
  virtual void create_database(const std::string& name) = 0;
  /// Whether the role may run CREATE DATABASE (CREATEDB or superuser).
  virtual bool may_create_databases() = 0;
  /// Ends every other session on database `name` and drops it; a missing database is fine.
  /// Throws qdb::Error(kDatabaseState) when the server refuses.
  virtual void drop_database(const std::string& name) = 0;
};

/// Connects to the maintenance database of the server `settings` point at; throws kConnection.
using MaintenanceConnector = std::function<std::unique_ptr<Maintenance>(const ConnectionSettings&)>;

}  // namespace qdb::db
