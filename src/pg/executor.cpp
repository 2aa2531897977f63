// PgDatabase as the executor of migration SQL, with its transactions. Applying many small
// migrations is bound by round trips, so BEGIN travels with the first statement and the history
// row with COMMIT.
#include <spdlog/spdlog.h>

#include "pg/pg_database_impl.hpp"
#include "pg/schema_eraser.hpp"
#include "util/sql_quote.hpp"
#include "util/utf8.hpp"

namespace qdb::pg {

std::vector<std::string> PgDatabase::empty_schema() {
  begin();
  try {
    std::vector<std::string> dropped = empty_schema_in_transaction();
    commit();
    return dropped;
  } catch (...) {
    rollback();
    throw;
  }
}

std::vector<std::string> PgDatabase::empty_schema_in_transaction() {
  auto query = [this](const std::string& sql, const std::string& schema) {
    Rows rows;
    for (const auto& row : exec(sql, schema)) {
      std::vector<std::optional<std::string>> values;
      for (const auto& f : row) values.push_back(f.is_null() ? std::nullopt : std::optional<std::string>(f.c_str()));
      rows.push_back(std::move(values));
    }
    return rows;
  };
  return drop_schema_objects(settings_.schema, query, [this](const std::string& sql) { run(sql); });
}

// BEGIN waits to travel with the first statement of the transaction (see execute()).
void PgDatabase::begin() {
  flush_pending();
  begin_pending_ = true;
}

void PgDatabase::commit() {
  if (pending_insert_ && !begin_pending_) {
    PendingInsert row = std::move(*pending_insert_);
    pending_insert_.reset();
    insert_and_commit(row);
    return;
  }
  flush_pending();
  run("COMMIT");
}

void PgDatabase::rollback() {
  begin_pending_ = false;
  pending_insert_.reset();
  if (PQtransactionStatus(handle_) != PQTRANS_IDLE) run("ROLLBACK");
}

std::optional<db::SqlFailure> PgDatabase::execute(const std::string& sql) {
  if (pending_insert_) flush_pending();
  if (begin_pending_) {
    begin_pending_ = false;
    const std::string prefix = begin_sql(flushed_commits_) + ";\n";
    std::optional<db::SqlFailure> failure = connection_->send(prefix + sql);
    // Positions count characters of what was sent; report them against `sql` alone.
    const int shift = static_cast<int>(util::count_code_points(prefix));
    if (failure && failure->position > shift) failure->position -= shift;
    return failure;
  }
  return connection_->send(sql);
}

db::ScriptOutcome PgDatabase::execute_script(const std::string& sql) {
  flush_pending();
  return connection_->send_script(sql);
}

namespace {

// A literal whatever standard_conforming_strings says: with a backslash, an escape string.
std::string literal(const std::string& text) {
  if (text.find('\\') == std::string::npos) return util::quote_literal(text);
  std::string doubled;
  for (char c : text) {
    if (c == '\\') doubled += '\\';
    doubled += c;
  }
  std::string escaped = "E";
  escaped += util::quote_literal(doubled);
  return escaped;
}

}  // namespace

// Each migration as `BEGIN;\n<its SQL>\n;\n<its history row>;\nCOMMIT;\n`: the newline ends a
// line comment on the file's last line, the semicolon a last statement written without one. The
// row's values are written in as literals (a uuid, a hex digest, a folder name), since a simple
// query carries no parameters.
db::ScriptOutcome PgDatabase::apply_together(const std::vector<db::MigrationToRecord>& migrations) {
  flush_pending();
  std::string script;
  for (const db::MigrationToRecord& m : migrations) {
    script.append(begin_sql(m.flushed)).append(";\n").append(*m.sql).append("\n;\n");
    script.append(insert_applied_sql(literal(m.id), literal(m.checksum), literal(m.name))).append(";\nCOMMIT;\n");
  }
  return connection_->send_script(script);
}

void PgDatabase::cancel() {
  if (canceller_ == nullptr) return;
  char message[256];
  if (PQcancel(canceller_, message, sizeof message) != 1) spdlog::debug("the cancel request failed: {}", message);
  else spdlog::debug("sent a cancel request for the running statement");
}

// BEGIN; behind PgBouncer the search_path again: transaction pooling may hand each transaction
// another server connection, whose session never saw the SET after connecting; and for a COMMIT
// that need not wait for the WAL flush, synchronous_commit off for this transaction only.
std::string PgDatabase::begin_sql(bool flushed) const {
  std::string sql = "BEGIN";
  if (settings_.set_search_path) sql += ";\nSET LOCAL search_path TO " + util::quote_identifier(settings_.schema);
  if (!flushed) sql += ";\nSET LOCAL synchronous_commit TO off";
  return sql;
}

// txid_current() gives the transaction an ID, so its COMMIT writes a WAL record and, with
// synchronous_commit at its default, returns once the WAL up to that record is on disk: with it
// every earlier commit of the server.
void PgDatabase::flush_commits() {
  rollback();
  run("SELECT txid_current()");
}

// insert_applied's statement, with the values as `id`, `checksum` and `name`: parameters ($1,
// $2, $3) or literals.
std::string PgDatabase::insert_applied_sql(const std::string& id, const std::string& checksum,
                                           const std::string& name) const {
  return "INSERT INTO " + table_ + " (id, checksum, finished_at, migration_name, started_at, applied_steps_count)"
         " VALUES (" + id + ", " + checksum + ", clock_timestamp(), " + name + ", now(), 1)";
}

namespace {

// Whether an error result ends the session: the server's FATAL or PANIC (terminated by an
// administrator, shut down, crashed), or libpq's own report of a broken connection, which has
// no SQLSTATE. libpq may not have seen the socket close yet, so the connection can still look fine.
bool ends_session(const PGresult* r) {
  const std::string severity = error_field(r, PG_DIAG_SEVERITY_NONLOCALIZED);
  return severity == "FATAL" || severity == "PANIC" || error_field(r, PG_DIAG_SQLSTATE).empty();
}

}  // namespace

// Sends whatever begin() and insert_applied() deferred, in order.
void PgDatabase::flush_pending() {
  if (begin_pending_) {
    begin_pending_ = false;
    run(begin_sql(flushed_commits_));
  }
  if (pending_insert_) {
    PendingInsert row = std::move(*pending_insert_);
    pending_insert_.reset();
    exec(insert_applied_sql("$1", "$2", "$3"), row.id, row.checksum, row.name);
  }
}

// The history row and COMMIT in one pipeline: one round trip, values still sent as parameters.
void PgDatabase::insert_and_commit(const PendingInsert& row) {
  const std::string insert = insert_applied_sql("$1", "$2", "$3");
  const char* values[3] = {row.id.c_str(), row.checksum.c_str(), row.name.c_str()};
  if (PQenterPipelineMode(handle_) != 1 ||
      PQsendQueryParams(handle_, insert.c_str(), 3, nullptr, values, nullptr, nullptr, 0) != 1 ||
      PQsendQueryParams(handle_, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0) != 1 ||
      PQpipelineSync(handle_) != 1) {
    throw connection_->errors().lost_connection(PQerrorMessage(handle_));
  }
  std::string problem;
  std::string lost;  // why the session ended, when it did
  for (int query = 0; query < 2; ++query) {
    while (PGresult* r = PQgetResult(handle_)) {
      ExecStatusType status = PQresultStatus(r);
      if (problem.empty() && status != PGRES_COMMAND_OK) {
        problem = status == PGRES_PIPELINE_ABORTED ? "COMMIT was not sent after the failed INSERT"
                                                   : connection_->errors().scrub(error_field(r, PG_DIAG_MESSAGE_PRIMARY)) + " (SQLSTATE " +
                                                         error_field(r, PG_DIAG_SQLSTATE) + ")";
        if (status == PGRES_FATAL_ERROR && ends_session(r)) lost = PQresultErrorMessage(r);
      }
      PQclear(r);
    }
  }
  // The server may have committed before the session ended: the refusal below, its ROLLBACK and
  // its "nothing was committed" would be wrong (and the ROLLBACK fails in a pipeline still busy).
  if (!lost.empty() || PQstatus(handle_) != CONNECTION_OK) {
    throw connection_->errors().lost_connection(lost.empty() ? PQerrorMessage(handle_) : lost);
  }
  // The pipeline's sync point. The session can end in its place, after a COMMIT that succeeded:
  // left in pipeline mode, the next migration's statements would fail as if refused.
  while (PGresult* r = PQgetResult(handle_)) {
    if (lost.empty() && PQresultStatus(r) == PGRES_FATAL_ERROR) lost = PQresultErrorMessage(r);
    PQclear(r);
  }
  if (PQexitPipelineMode(handle_) != 1 || PQstatus(handle_) != CONNECTION_OK) {
    throw connection_->errors().lost_connection(lost.empty() ? PQerrorMessage(handle_) : lost);
  }
  if (!problem.empty()) {
    if (PQtransactionStatus(handle_) != PQTRANS_IDLE) run("ROLLBACK");
    throw Error(ErrorKind::kDatabaseState, "the database refused to record the migration in " + table_ + ": " + problem,
                "nothing of the migration was committed; check the history table and the role's privileges");
  }
}

void PgDatabase::run(const std::string& sql) {
  if (auto failure = execute(sql)) throw ErrorTranslator::statement_refused(sql, *failure, PQuser(handle_));
}

}  // namespace qdb::pg
