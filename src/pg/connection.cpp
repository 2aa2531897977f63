#include "pg/connection.hpp"

#include <cstring>
#include <utility>

#include <spdlog/spdlog.h>

namespace qdb::pg {
namespace {

// The handle of the connection being opened on this thread (see HandleCapturingConnect).
thread_local PGconn* t_started_handle = nullptr;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

}  // namespace

HandleCapturingConnect::handle HandleCapturingConnect::do_startconnect(handle original) {
  handle h = pqxx::connect_direct::do_startconnect(original);
  t_started_handle = h;
  return h;
}

HandledConnection connect_with_handle(const std::string& conninfo) {
  t_started_handle = nullptr;
  HandledConnection out;
  out.connection = std::make_unique<pqxx::basic_connection_base<HandleCapturingConnect>>(conninfo);
  out.handle = std::exchange(t_started_handle, nullptr);
  if (out.handle == nullptr) throw Error(ErrorKind::kInternal, "the connection started without a libpq handle");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  out.connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
  return out;
}

Connection::Connection(const db::ConnectionSettings& settings) : errors_(settings.password) {
  spdlog::debug("connecting to {} (schema \"{}\")", settings.redacted_url, settings.schema);
  // A silent reconnect would swap the libpq handle under us and lose the session's advisory lock:
  // connect_with_handle turns it off.
  try {
    HandledConnection opened = connect_with_handle(settings.conninfo);
    connection_ = std::move(opened.connection);
    handle_ = opened.handle;
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw errors_.cannot_connect(settings.redacted_url, e.what());
  }
  spdlog::debug("connected: server {}, backend pid {}", PQparameterStatus(handle_, "server_version"),
                PQbackendPID(handle_));
  // Server notices (e.g. "relation already exists, skipping") go to the debug log, not the user.
  PQsetNoticeProcessor(handle_, [](void*, const char* message) { spdlog::debug("server notice: {}", message); },
                       nullptr);
}

std::optional<db::SqlFailure> Connection::send(const std::string& sql) {
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
  if (PQstatus(handle_) != CONNECTION_OK) throw errors_.lost_connection_during_migration(PQerrorMessage(handle_));
  return errors_.sql_failure(r.get(), PQerrorMessage(handle_));
}

db::ScriptOutcome Connection::send_script(const std::string& sql) {
  spdlog::trace("execute script: {}", sql);
  if (PQsendQuery(handle_, sql.c_str()) != 1) throw errors_.lost_connection_during_migration(PQerrorMessage(handle_));
  db::ScriptOutcome outcome;
  // One result per statement, up to the failing one; every result is read, so that the
  // connection is idle again afterwards.
  while (PGresult* raw = PQgetResult(handle_)) {
    Result r(raw);
    if (outcome.failure) continue;
    const ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK) {
      if (std::strcmp(PQcmdStatus(raw), "COMMIT") == 0) ++outcome.commits;
    } else if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH) {
      PQputCopyEnd(handle_, "COPY from a migration file is not supported");
      db::SqlFailure f;
      f.message = "COPY ... FROM STDIN / TO STDOUT cannot run from a migration file";
      outcome.failure = f;
    } else if (status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
      if (PQstatus(handle_) != CONNECTION_OK) throw errors_.lost_connection_during_migration(PQerrorMessage(handle_));
      outcome.failure = errors_.sql_failure(raw, PQerrorMessage(handle_));
    }
  }
  if (PQstatus(handle_) != CONNECTION_OK) throw errors_.lost_connection_during_migration(PQerrorMessage(handle_));
  return outcome;
}

void Connection::drain() {
  while (PGresult* extra = PQgetResult(handle_)) PQclear(extra);
}

}  // namespace qdb::pg
