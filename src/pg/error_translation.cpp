#include "pg/error_translation.hpp"

#include "config/redact.hpp"
#include "db/connection_hint.hpp"

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

Error ErrorTranslator::lost_connection(const std::string& why) const {
  return Error(ErrorKind::kConnection, "lost the connection to the database: " + scrub(why));
}

Error ErrorTranslator::lost_connection_during_migration(const std::string& why) const {
  return Error(ErrorKind::kConnection, "lost the connection to the database while running migration SQL: " + scrub(why),
               "check the server log; the migration may be partly applied if it ran outside a transaction");
}

Error ErrorTranslator::query_refused(const pqxx::sql_error& e, const std::string& schema) const {
  return Error(ErrorKind::kDatabaseState,
               "the database refused a query qdb needs: " + scrub(e.what()) + " (SQLSTATE " + e.sqlstate() + ")",
               "check that the role in DATABASE_URL may read and write schema \"" + schema + "\"");
}

Error ErrorTranslator::statement_refused(const std::string& sql, const db::SqlFailure& failure) {
  return Error(ErrorKind::kDatabaseState,
               "the database refused \"" + sql.substr(0, sql.find('\n')) + "\": " + failure.message +
                   (failure.sqlstate.empty() ? "" : " (SQLSTATE " + failure.sqlstate + ")"),
               failure.hint);
}

Error ErrorTranslator::cannot_connect(const std::string& redacted_url, const std::string& why) const {
  std::string reason = scrub(why);
  while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
  return Error(ErrorKind::kConnection, "cannot connect to " + redacted_url, db::connection_failure_hint(reason),
               reason);
}

}  // namespace qdb::pg
