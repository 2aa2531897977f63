#include "pg/error_translation.hpp"

#include "config/redact.hpp"
#include "db/connection_hint.hpp"
#include "db/privilege_hint.hpp"

namespace qdb::pg {

std::string error_field(const PGresult* result, int code) {
  const char* v = PQresultErrorField(result, code);
  return v == nullptr ? std::string() : std::string(v);
}

std::string ErrorTranslator::scrub(const std::string& text) const { return config::redact_secrets(text, password_); }

db::SqlFailure ErrorTranslator::sql_failure(const PGresult* result, const std::string& connection_message) const {
  db::SqlFailure f;
  f.sqlstate = error_field(result, PG_DIAG_SQLSTATE);
  f.message = scrub(error_field(result, PG_DIAG_MESSAGE_PRIMARY));
  if (f.message.empty()) f.message = scrub(connection_message);
  f.detail = scrub(error_field(result, PG_DIAG_MESSAGE_DETAIL));
  f.hint = scrub(error_field(result, PG_DIAG_MESSAGE_HINT));
  f.where = scrub(error_field(result, PG_DIAG_CONTEXT));
  std::string position = error_field(result, PG_DIAG_STATEMENT_POSITION);
  if (!position.empty()) f.position = std::stoi(position);
  return f;
}

namespace {

// libpq's report of a lost connection spans lines ("FATAL:  terminating connection due to
// administrator command\nserver closed the connection unexpectedly\n\tThis probably means ...").
// Its first line, without the severity, goes in the one-line message; the whole in the detail.
std::string first_reason(const std::string& why) {
  std::string line = why.substr(0, why.find('\n'));
  for (const char* severity : {"FATAL:", "PANIC:", "ERROR:"}) {
    if (line.rfind(severity, 0) == 0) line.erase(0, line.find_first_not_of(' ', std::string(severity).size()));
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
  return line;
}

// The detail of a lost connection: the rest of libpq's report, when it says more than its first line.
std::string rest_of_report(const std::string& why) {
  std::string text = why;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.find('\n') == std::string::npos ? std::string() : text;
}

}  // namespace

Error ErrorTranslator::lost_connection(const std::string& why) const {
  const std::string text = scrub(why);
  return Error(ErrorKind::kConnection, "lost the connection to the database: " + first_reason(text), "",
               rest_of_report(text));
}

Error ErrorTranslator::lost_connection_during_migration(const std::string& why) const {
  const std::string text = scrub(why);
  return Error(ErrorKind::kConnection,
               "lost the connection to the database while running migration SQL: " + first_reason(text),
               "check the server log; the migration may be partly applied if it ran outside a transaction",
               rest_of_report(text));
}

namespace {

// The first line of `sql`, marked when there is more: the whole text goes in the detail.
std::string first_line(const std::string& sql) {
  size_t end = sql.find('\n');
  return end == std::string::npos ? sql : sql.substr(0, end) + " ...";
}

// PostgreSQL's primary message from libpqxx's what(): "ERROR:  <message>\n" and maybe more lines.
std::string primary_message(const std::string& what) {
  std::string message = what;
  if (message.rfind("ERROR:", 0) == 0) message.erase(0, message.find_first_not_of(' ', 6));
  size_t end = message.find('\n');
  return end == std::string::npos ? message : message.substr(0, end);
}

}  // namespace

Error ErrorTranslator::query_refused(const pqxx::sql_error& e, const std::string& schema,
                                     const std::string& role) const {
  std::string message = scrub(primary_message(e.what()));
  std::string detail = "the refused query:\n" + scrub(e.query());
  if (e.sqlstate() == db::kInsufficientPrivilege) {
    return Error(ErrorKind::kPermission,
                 "the database refused a query qdb needs: " + message + " (SQLSTATE " + e.sqlstate() + ")",
                 db::missing_privilege_hint(message, "", e.query(), role), detail);
  }
  return Error(ErrorKind::kDatabaseState,
               "the database refused a query qdb needs: " + message + " (SQLSTATE " + e.sqlstate() + ")",
               "check that the role in DATABASE_URL may read and write schema \"" + schema + "\"", detail);
}

Error ErrorTranslator::statement_refused(const std::string& sql, const db::SqlFailure& failure,
                                         const std::string& role) {
  std::string message = "the database refused \"" + first_line(sql) + "\": " + failure.message +
                        (failure.sqlstate.empty() ? "" : " (SQLSTATE " + failure.sqlstate + ")");
  std::string detail = "the refused statement:\n" + sql;
  if (failure.sqlstate == db::kInsufficientPrivilege) {
    return Error(ErrorKind::kPermission, message, db::missing_privilege_hint(failure.message, failure.hint, sql, role),
                 detail);
  }
  return Error(ErrorKind::kDatabaseState, message, failure.hint, detail);
}

Error ErrorTranslator::cannot_connect(const std::string& redacted_url, const std::string& why) const {
  std::string reason = scrub(why);
  while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
  return Error(ErrorKind::kConnection, "cannot connect to " + redacted_url, db::connection_failure_hint(reason),
               reason);
}

}  // namespace qdb::pg
