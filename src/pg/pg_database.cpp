#include "pg/pg_database.hpp"
#include "util/sql_quote.hpp"
#include "util/utf8.hpp"

#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include "base/error.hpp"
#include "db/connection_hint.hpp"
#include "config/redact.hpp"
#include "pg/admin.hpp"
#include "pg/schema_eraser.hpp"

namespace qdb::pg {
namespace {

constexpr long long kPrismaLockKey = 72707369;

// libpqxx 6.4 keeps the libpq handle private, but migration SQL needs PostgreSQL's error fields
// (position, detail, hint) that pqxx::sql_error does not carry. A connection policy is
// libpqxx's public extension point: it sees the handle when the connection starts.
thread_local PGconn* t_started_handle = nullptr;

class HandleCapturingConnect : public pqxx::connect_direct {
 public:
  explicit HandleCapturingConnect(const std::string& options) : pqxx::connect_direct(options) {}
  handle do_startconnect(handle original) override {
    handle h = pqxx::connect_direct::do_startconnect(original);
    t_started_handle = h;
    return h;
  }
};

using Connection = pqxx::basic_connection_base<HandleCapturingConnect>;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string field(const PGresult* r, int code) {
  const char* v = PQresultErrorField(r, code);
  return v == nullptr ? std::string() : std::string(v);
}

// History rows from a query selecting Prisma's columns in their table order.
std::vector<db::HistoryRow> to_rows(const pqxx::result& r) {
  std::vector<db::HistoryRow> rows;
  rows.reserve(r.size());
  for (const auto& row : r) {
    db::HistoryRow h;
    h.id = row[0].c_str();
    h.checksum = row[1].c_str();
    h.finished = row[2].as<bool>();
    h.migration_name = row[3].c_str();
    if (!row[4].is_null()) h.logs = row[4].c_str();
    h.rolled_back = row[5].as<bool>();
    if (!row[6].is_null()) h.started_at = row[6].c_str();
    h.applied_steps_count = row[7].as<int>();
    rows.push_back(std::move(h));
  }
  return rows;
}

class PgDatabase : public db::Database {
 public:
  PgDatabase(std::unique_ptr<Connection> connection, PGconn* handle, db::ConnectionSettings settings)
      : connection_(std::move(connection)), handle_(handle), settings_(std::move(settings)),
        table_(util::quote_identifier(settings_.schema) + ".\"_prisma_migrations\"") {}

  // Behind PgBouncer the `options` startup parameter is refused, so the path is set per session
  // (which is all session pooling needs) and again in every transaction (see begin()).
  void set_search_path() { run("SET search_path TO " + util::quote_identifier(settings_.schema)); }

  db::ServerInfo server_info() override {
    auto row = query_row(
        "SELECT current_setting('server_version'), current_database(), current_user, pg_is_in_recovery(), "
        "current_setting('default_transaction_read_only') = 'on' OR current_setting('transaction_read_only') = 'on'");
    db::ServerInfo info;
    info.version = row[0].c_str();
    info.database = row[1].c_str();
    info.user = row[2].c_str();
    info.in_recovery = row[3].as<bool>();
    info.read_only = row[4].as<bool>();
    return info;
  }

  bool history_exists() override {
    return query_row("SELECT to_regclass($1) IS NOT NULL", table_)[0].as<bool>();
  }

  void create_history() override {
    bool schema_exists =
        query_row("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", settings_.schema)[0].as<bool>();
    if (!schema_exists) run("CREATE SCHEMA " + util::quote_identifier(settings_.schema));
    // Prisma's definition, column for column.
    run("CREATE TABLE IF NOT EXISTS " + table_ +
        " (\n"
        "    \"id\"                    VARCHAR(36) PRIMARY KEY NOT NULL,\n"
        "    \"checksum\"              VARCHAR(64) NOT NULL,\n"
        "    \"finished_at\"           TIMESTAMPTZ,\n"
        "    \"migration_name\"        VARCHAR(255) NOT NULL,\n"
        "    \"logs\"                  TEXT,\n"
        "    \"rolled_back_at\"        TIMESTAMPTZ,\n"
        "    \"started_at\"            TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
        "    \"applied_steps_count\"   INTEGER NOT NULL DEFAULT 0\n"
        ")");
  }

  std::vector<db::HistoryRow> load_history() override {
    // Timestamps in the server's own text form (with their UTC offset), and only where shown: the
    // start of a failed row. Formatting a thousand rows' timestamps took the server longer than
    // the rest of the query.
    // Ordered only when the order matters (see HistoryStore): sorting took the server about as
    // long as the rest of the query, and a history of applied migrations means the same in any order.
    spdlog::debug("reading the history table {}", table_);
    const std::string select = "SELECT id, checksum, finished_at IS NOT NULL, migration_name, logs, "
                               "rolled_back_at IS NOT NULL, "
                               "CASE WHEN finished_at IS NULL AND rolled_back_at IS NULL THEN started_at END, "
                               "applied_steps_count FROM " + table_;
    std::vector<db::HistoryRow> rows = to_rows(exec(select));
    if (db::history_order_matters(rows)) rows = to_rows(exec(select + " ORDER BY started_at, migration_name"));
    return rows;
  }

  std::vector<db::HistoryRow> history_of(const std::string& name) override {
    return to_rows(exec("SELECT id, checksum, finished_at IS NOT NULL, migration_name, logs, "
                        "rolled_back_at IS NOT NULL, started_at, applied_steps_count FROM " + table_ +
                            " WHERE migration_name = $1 ORDER BY started_at",
                        name));
  }

  void insert_started(const std::string& id, const std::string& name, const std::string& checksum) override {
    exec("INSERT INTO " + table_ +
             " (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)",
         id, checksum, name);
  }

  void insert_applied(const std::string& id, const std::string& name, const std::string& checksum) override {
    // Inside a transaction the row waits for commit(), which sends it together with COMMIT.
    if (begin_pending_ || PQtransactionStatus(handle_) == PQTRANS_INTRANS) {
      flush_pending();
      pending_insert_ = PendingInsert{id, name, checksum};
      return;
    }
    exec(insert_applied_sql(), id, checksum, name);
  }

  void mark_finished(const std::string& id) override {
    exec("UPDATE " + table_ + " SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1",
         id);
  }

  void mark_failed(const std::string& id, const std::string& logs) override {
    exec("UPDATE " + table_ + " SET logs = $2 WHERE id = $1", id, logs);
  }

  int mark_rolled_back(const std::string& name) override {
    pqxx::result r = exec("UPDATE " + table_ +
                              " SET rolled_back_at = now() WHERE migration_name = $1"
                              " AND finished_at IS NULL AND rolled_back_at IS NULL",
                          name);
    return static_cast<int>(r.affected_rows());
  }

  bool try_lock() override {
    return query_row("SELECT pg_try_advisory_lock($1)", kPrismaLockKey)[0].as<bool>();
  }

  void unlock() override { exec("SELECT pg_advisory_unlock($1)", kPrismaLockKey); }

  bool try_lock_in_transaction() override {
    return query_row("SELECT pg_try_advisory_xact_lock($1)", kPrismaLockKey)[0].as<bool>();
  }

  std::string lock_holder() override {
    // Advisory locks on one bigint key show classid = high 32 bits, objid = low 32 bits, objsubid = 1.
    pqxx::result r = exec(
        "SELECT a.pid, coalesce(nullif(a.application_name, ''), 'unknown application'), "
        "coalesce(a.usename::text, '?'), coalesce(a.client_addr::text, 'local socket'), "
        "to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS \"UTC\"'), "
        "round(extract(epoch FROM now() - a.backend_start))::bigint "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1 "
        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        kPrismaLockKey);
    if (r.empty()) return {};
    const auto& row = r[0];
    return std::string("pid ") + row[0].c_str() + " (" + row[1].c_str() + ", user " + row[2].c_str() + ", from " +
           row[3].c_str() + ", connected since " + row[4].c_str() + ", " + row[5].c_str() + " s ago)";
  }

  std::vector<std::string> empty_schema() override {
    auto query = [this](const std::string& sql, const std::string& schema) {
      Rows rows;
      for (const auto& row : exec(sql, schema)) {
        std::vector<std::optional<std::string>> values;
        for (const auto& f : row) values.push_back(f.is_null() ? std::nullopt : std::optional<std::string>(f.c_str()));
        rows.push_back(std::move(values));
      }
      return rows;
    };
    begin();
    try {
      std::vector<std::string> dropped =
          drop_schema_objects(settings_.schema, query, [this](const std::string& sql) { run(sql); });
      commit();
      return dropped;
    } catch (...) {
      rollback();
      throw;
    }
  }

  // Round trips dominate applying many small migrations, so BEGIN travels with the first
  // statement of the transaction and the history row with COMMIT: two round trips a migration.
  void begin() override {
    flush_pending();
    begin_pending_ = true;
  }

  void commit() override {
    if (pending_insert_ && !begin_pending_) {
      PendingInsert row = std::move(*pending_insert_);
      pending_insert_.reset();
      insert_and_commit(row);
      return;
    }
    flush_pending();
    run("COMMIT");
  }

  void rollback() override {
    begin_pending_ = false;
    pending_insert_.reset();
    if (PQtransactionStatus(handle_) != PQTRANS_IDLE) run("ROLLBACK");
  }

  std::optional<db::SqlFailure> execute(const std::string& sql) override {
    if (pending_insert_) flush_pending();
    if (begin_pending_) {
      begin_pending_ = false;
      const std::string prefix = begin_sql() + ";\n";
      std::optional<db::SqlFailure> failure = send(prefix + sql);
      // Positions count characters of what was sent; report them against `sql` alone.
      const int shift = static_cast<int>(util::count_code_points(prefix));
      if (failure && failure->position > shift) failure->position -= shift;
      return failure;
    }
    return send(sql);
  }

 private:
  // BEGIN, and behind PgBouncer the search_path again: transaction pooling may hand each
  // transaction another server connection, whose session never saw the SET after connecting.
  std::string begin_sql() const {
    if (!settings_.set_search_path) return "BEGIN";
    return "BEGIN;\nSET LOCAL search_path TO " + util::quote_identifier(settings_.schema);
  }

  struct PendingInsert {
    std::string id;
    std::string name;
    std::string checksum;
  };

  std::string insert_applied_sql() const {
    return "INSERT INTO " + table_ +
           " (id, checksum, finished_at, migration_name, started_at, applied_steps_count)"
           " VALUES ($1, $2, clock_timestamp(), $3, now(), 1)";
  }

  // Sends whatever begin() and insert_applied() deferred, in order.
  void flush_pending() {
    if (begin_pending_) {
      begin_pending_ = false;
      run(begin_sql());
    }
    if (pending_insert_) {
      PendingInsert row = std::move(*pending_insert_);
      pending_insert_.reset();
      exec(insert_applied_sql(), row.id, row.checksum, row.name);
    }
  }

  // The history row and COMMIT in one pipeline: one round trip, values still sent as parameters.
  void insert_and_commit(const PendingInsert& row) {
    const std::string insert = insert_applied_sql();
    const char* values[3] = {row.id.c_str(), row.checksum.c_str(), row.name.c_str()};
    if (PQenterPipelineMode(handle_) != 1 ||
        PQsendQueryParams(handle_, insert.c_str(), 3, nullptr, values, nullptr, nullptr, 0) != 1 ||
        PQsendQueryParams(handle_, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0) != 1 ||
        PQpipelineSync(handle_) != 1) {
      throw Error(ErrorKind::kConnection, "lost the connection to the database: " + scrub(PQerrorMessage(handle_)));
    }
    std::string problem;
    for (int query = 0; query < 2; ++query) {
      while (PGresult* r = PQgetResult(handle_)) {
        ExecStatusType status = PQresultStatus(r);
        if (problem.empty() && status != PGRES_COMMAND_OK) {
          problem = status == PGRES_PIPELINE_ABORTED ? "COMMIT was not sent after the failed INSERT"
                                                     : scrub(field(r, PG_DIAG_MESSAGE_PRIMARY)) + " (SQLSTATE " +
                                                           field(r, PG_DIAG_SQLSTATE) + ")";
        }
        PQclear(r);
      }
    }
    drain();  // the pipeline's sync point
    PQexitPipelineMode(handle_);
    if (!problem.empty()) {
      if (PQtransactionStatus(handle_) != PQTRANS_IDLE) run("ROLLBACK");
      throw Error(ErrorKind::kDatabaseState, "the database refused to record the migration in " + table_ + ": " + problem,
                  "nothing of the migration was committed; check the history table and the role's privileges");
    }
  }

  std::optional<db::SqlFailure> send(const std::string& sql) {
    spdlog::trace("execute: {}", sql);
    Result r(PQexec(handle_, sql.c_str()));
    ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
      // A multi-statement string returns only its last result; earlier errors would have stopped it.
      drain();
      return std::nullopt;
    }
    if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH) {
      PQputCopyEnd(handle_, "COPY from a migration file is not supported");
      drain();
      db::SqlFailure f;
      f.message = "COPY ... FROM STDIN / TO STDOUT cannot run from a migration file";
      return f;
    }
    if (PQstatus(handle_) != CONNECTION_OK) {
      throw Error(ErrorKind::kConnection,
                  "lost the connection to the database while running migration SQL: " +
                      scrub(PQerrorMessage(handle_)),
                  "check the server log; the migration may be partly applied if it ran outside a transaction");
    }
    db::SqlFailure f;
    f.sqlstate = field(r.get(), PG_DIAG_SQLSTATE);
    f.message = scrub(field(r.get(), PG_DIAG_MESSAGE_PRIMARY));
    if (f.message.empty()) f.message = scrub(PQerrorMessage(handle_));
    f.detail = scrub(field(r.get(), PG_DIAG_MESSAGE_DETAIL));
    f.hint = scrub(field(r.get(), PG_DIAG_MESSAGE_HINT));
    f.where = scrub(field(r.get(), PG_DIAG_CONTEXT));
    std::string position = field(r.get(), PG_DIAG_STATEMENT_POSITION);
    if (!position.empty()) f.position = std::stoi(position);
    return f;
  }

  // Reads and drops any results still queued on the connection.
  void drain() {
    while (PGresult* extra = PQgetResult(handle_)) PQclear(extra);
  }

  std::string scrub(const std::string& text) const { return config::redact_secrets(text, settings_.password); }

  template <typename... Args>
  pqxx::result exec(const std::string& sql, Args&&... args) {
    flush_pending();
    try {
      pqxx::nontransaction tx(*connection_);
      return tx.exec_params(sql, std::forward<Args>(args)...);
    } catch (const pqxx::broken_connection& e) {
      throw Error(ErrorKind::kConnection, "lost the connection to the database: " + scrub(e.what()));
    } catch (const pqxx::sql_error& e) {
      throw Error(ErrorKind::kDatabaseState,
                  "the database refused a query qdb needs: " + scrub(e.what()) + " (SQLSTATE " + e.sqlstate() + ")",
                  "check that the role in DATABASE_URL may read and write schema \"" + settings_.schema + "\"");
    }
  }

  template <typename... Args>
  pqxx::row query_row(const std::string& sql, Args&&... args) {
    pqxx::result r = exec(sql, std::forward<Args>(args)...);
    return r[0];
  }

  void run(const std::string& sql) {
    if (auto failure = execute(sql)) {
      throw Error(ErrorKind::kDatabaseState,
                  "the database refused \"" + sql.substr(0, sql.find('\n')) + "\": " + failure->message +
                      (failure->sqlstate.empty() ? "" : " (SQLSTATE " + failure->sqlstate + ")"),
                  failure->hint);
    }
  }

  std::unique_ptr<Connection> connection_;
  PGconn* handle_;
  bool begin_pending_ = false;
  std::optional<PendingInsert> pending_insert_;
  db::ConnectionSettings settings_;
  std::string table_;
};

}  // namespace

std::unique_ptr<db::Database> connect(const db::ConnectionSettings& settings) {
  std::unique_ptr<Connection> connection;
  spdlog::debug("connecting to {} (schema \"{}\")", settings.redacted_url, settings.schema);
  try {
    t_started_handle = nullptr;
    connection = std::make_unique<Connection>(settings.conninfo);
  } catch (const std::exception& e) {
    std::string why = config::redact_secrets(e.what(), settings.password);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw Error(ErrorKind::kConnection, "cannot connect to " + settings.redacted_url,
                db::connection_failure_hint(why), why);
  }
  PGconn* handle = t_started_handle;
  if (handle == nullptr) throw Error(ErrorKind::kInternal, "the connection started without a libpq handle");
  // A silent reconnect would swap the libpq handle under us and lose the session's advisory lock.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
  spdlog::debug("connected: server {}, backend pid {}", PQparameterStatus(handle, "server_version"),
                PQbackendPID(handle));
  // Server notices (e.g. "relation already exists, skipping") go to the debug log, not the user.
  PQsetNoticeProcessor(handle, [](void*, const char* message) { spdlog::debug("server notice: {}", message); },
                       nullptr);
  auto database = std::make_unique<PgDatabase>(std::move(connection), handle, settings);
  if (settings.set_search_path) database->set_search_path();
  return database;
}

}  // namespace qdb::pg
