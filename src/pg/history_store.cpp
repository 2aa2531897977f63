// PgDatabase as the history store: Prisma's _prisma_migrations table.
#include <spdlog/spdlog.h>

#include "pg/pg_database_impl.hpp"
#include "util/sql_quote.hpp"

namespace qdb::pg {
namespace {

constexpr const char* kServerInfoSql =
    "SELECT current_setting('server_version'), current_database(), current_user, pg_is_in_recovery(), "
    "current_setting('default_transaction_read_only') = 'on' OR current_setting('transaction_read_only') = 'on'";

// The row of kServerInfoSql; `field(column)` is its text (never NULL here). Rows come from
// libpqxx or, in pipeline mode, from libpq itself: both give the server's text.
template <typename Field>
db::ServerInfo server_info_from(Field field) {
  db::ServerInfo info;
  info.version = field(0);
  info.database = field(1);
  info.user = field(2);
  info.in_recovery = *field(3) == 't';
  info.read_only = *field(4) == 't';
  return info;
}

// A history row selecting Prisma's columns in their table order (history_select());
// `field(column)` is its text, or nullptr for NULL.
template <typename Field>
db::HistoryRow history_row(Field field) {
  db::HistoryRow h;
  h.id = field(0);
  h.checksum = field(1);
  h.finished = *field(2) == 't';
  h.migration_name = field(3);
  if (const char* logs = field(4)) h.logs = logs;
  h.rolled_back = *field(5) == 't';
  if (const char* started_at = field(6)) h.started_at = started_at;
  h.applied_steps_count = std::stoi(field(7));
  return h;
}

std::vector<db::HistoryRow> to_rows(const pqxx::result& r) {
  std::vector<db::HistoryRow> rows;
  rows.reserve(r.size());
  for (const auto& row : r) {
    rows.push_back(history_row([&](int c) { return row[c].is_null() ? nullptr : row[c].c_str(); }));
  }
  return rows;
}

// A field of a libpq result: its text, or nullptr for NULL.
const char* field_at(const PGresult* r, int row, int column) {
  return PQgetisnull(r, row, column) ? nullptr : PQgetvalue(r, row, column);
}

std::vector<db::HistoryRow> to_rows(const PGresult* r) {
  std::vector<db::HistoryRow> rows;
  rows.reserve(static_cast<size_t>(PQntuples(r)));
  for (int i = 0; i < PQntuples(r); ++i) rows.push_back(history_row([&](int c) { return field_at(r, i, c); }));
  return rows;
}

}  // namespace

db::ServerInfo PgDatabase::server_info() {
  const pqxx::row row = query_row(kServerInfoSql);
  return server_info_from([&](int c) { return row[c].c_str(); });
}

bool PgDatabase::history_exists() {
  return query_row("SELECT to_regclass($1) IS NOT NULL", table_)[0].as<bool>();
}

void PgDatabase::create_history() {
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

std::string PgDatabase::history_select() const {
  return "SELECT id, checksum, finished_at IS NOT NULL, migration_name, logs, rolled_back_at IS NOT NULL, "
         "CASE WHEN finished_at IS NULL AND rolled_back_at IS NULL THEN started_at END, applied_steps_count FROM " +
         table_;
}

db::StartState PgDatabase::read_start(bool with_history) {
  // Behind PgBouncer each query may reach another server connection, and in an open transaction
  // the history query's error for a missing table would abort it: asked one by one there.
  if (with_history && !settings_.set_search_path && !begin_pending_ && !pending_insert_ &&
      PQtransactionStatus(handle_) == PQTRANS_IDLE) {
    if (std::optional<db::StartState> start = read_start_pipelined()) return *start;
  }
  db::StartState start{server_info(), std::nullopt};
  if (with_history && history_exists()) start.history = load_history();
  return start;
}

// The server's state, whether the history table exists and its rows, as one pipeline: the
// history is asked for before the answer to the second query is known, and when the table is
// missing, its error (42P01, in the server's log too) is that answer. Empty when anything else
// went wrong: the caller asks again one query at a time, which reports it as usual.
std::optional<db::StartState> PgDatabase::read_start_pipelined() {
  spdlog::debug("reading the server's state and the history table {} in one round trip", table_);
  const std::string select = history_select();
  const char* table = table_.c_str();
  if (PQenterPipelineMode(handle_) != 1 ||
      PQsendQueryParams(handle_, kServerInfoSql, 0, nullptr, nullptr, nullptr, nullptr, 0) != 1 ||
      PQsendQueryParams(handle_, "SELECT to_regclass($1) IS NOT NULL", 1, nullptr, &table, nullptr, nullptr, 0) != 1 ||
      PQsendQueryParams(handle_, select.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) != 1 ||
      PQpipelineSync(handle_) != 1) {
    throw connection_->errors().lost_connection(PQerrorMessage(handle_));
  }
  std::vector<PGresult*> results;  // one per query, the first of each
  for (int query = 0; query < 3; ++query) {
    PGresult* first = nullptr;
    while (PGresult* r = PQgetResult(handle_)) {
      if (first == nullptr) first = r;
      else PQclear(r);
    }
    results.push_back(first);
  }
  connection_->drain();  // the pipeline's sync point
  PQexitPipelineMode(handle_);
  if (PQstatus(handle_) != CONNECTION_OK) {
    for (PGresult* r : results) PQclear(r);
    throw connection_->errors().lost_connection(PQerrorMessage(handle_));
  }
  auto ok = [&](int i) { return results[i] != nullptr && PQresultStatus(results[i]) == PGRES_TUPLES_OK; };
  std::optional<db::StartState> start;
  if (ok(0) && ok(1) && PQntuples(results[0]) == 1 && PQntuples(results[1]) == 1) {
    db::StartState s;
    s.server = server_info_from([&](int c) { return field_at(results[0], 0, c); });
    if (*field_at(results[1], 0, 0) != 't') {
      start = std::move(s);
    } else if (ok(2)) {
      s.history = to_rows(results[2]);
      start = std::move(s);
    }
  }
  for (PGresult* r : results) PQclear(r);
  if (start && start->history && db::history_order_matters(*start->history)) {
    start->history = to_rows(exec(select + " ORDER BY started_at, migration_name"));
  }
  return start;
}

std::vector<db::HistoryRow> PgDatabase::load_history() {
  // Timestamps in the server's own text form (with their UTC offset), and only where shown: the
  // start of a failed row. Formatting a thousand rows' timestamps took the server longer than
  // the rest of the query.
  // Ordered only when the order matters (see HistoryStore): sorting took the server about as
  // long as the rest of the query, and a history of applied migrations means the same in any order.
  spdlog::debug("reading the history table {}", table_);
  const std::string select = history_select();
  std::vector<db::HistoryRow> rows = to_rows(exec(select));
  if (db::history_order_matters(rows)) rows = to_rows(exec(select + " ORDER BY started_at, migration_name"));
  return rows;
}

std::vector<db::HistoryRow> PgDatabase::history_of(const std::string& name) {
  return to_rows(exec("SELECT id, checksum, finished_at IS NOT NULL, migration_name, logs, "
                      "rolled_back_at IS NOT NULL, started_at, applied_steps_count FROM " + table_ +
                          " WHERE migration_name = $1 ORDER BY started_at",
                      name));
}

void PgDatabase::insert_started(const std::string& id, const std::string& name, const std::string& checksum) {
  exec("INSERT INTO " + table_ +
           " (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)",
       id, checksum, name);
}

void PgDatabase::insert_applied(const std::string& id, const std::string& name, const std::string& checksum) {
  // Inside a transaction the row waits for commit(), which sends it together with COMMIT.
  if (begin_pending_ || PQtransactionStatus(handle_) == PQTRANS_INTRANS) {
    flush_pending();
    pending_insert_ = PendingInsert{id, name, checksum};
    return;
  }
  exec(insert_applied_sql("$1", "$2", "$3"), id, checksum, name);
}

void PgDatabase::mark_finished(const std::string& id) {
  exec("UPDATE " + table_ + " SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1",
       id);
}

void PgDatabase::mark_failed(const std::string& id, const std::string& logs) {
  exec("UPDATE " + table_ + " SET logs = $2 WHERE id = $1", id, logs);
}

int PgDatabase::mark_rolled_back(const std::string& name) {
  pqxx::result r = exec("UPDATE " + table_ +
                            " SET rolled_back_at = now() WHERE migration_name = $1"
                            " AND finished_at IS NULL AND rolled_back_at IS NULL",
                        name);
  return static_cast<int>(r.affected_rows());
}

}  // namespace qdb::pg
