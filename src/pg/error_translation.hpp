#pragma once

#include <string>

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include "base/error.hpp"
#include "db/database.hpp"

namespace qdb::pg {

/// Turns libpq's and libpqxx's failures into qdb's errors and SQL failures, every text scrubbed
/// of the connection's password first. One per connection; the boundary where driver errors end.
class ErrorTranslator {
 public:
  explicit ErrorTranslator(std::string password) : password_(std::move(password)) {}

  /// `text` with the password and URL userinfo hidden.
  std::string scrub(const std::string& text) const;

  /// A failed statement of migration SQL: SQLSTATE, message, detail, hint, context and position
  /// as PostgreSQL reported them. `connection_message` (PQerrorMessage) stands in when the result
  /// carries no message.
  db::SqlFailure sql_failure(const PGresult* result, const std::string& connection_message) const;

  /// kConnection: the connection broke under a query.
  Error lost_connection(const std::string& why) const;

  /// kConnection: the connection broke while migration SQL ran.
  Error lost_connection_during_migration(const std::string& why) const;

  /// A query qdb itself needs was refused: kPermission for want of a privilege (the missing
  /// GRANT for `role` in the hint), else kDatabaseState (a missing table, ...). The query is in
  /// the detail, whole.
  Error query_refused(const pqxx::sql_error& e, const std::string& schema, const std::string& role) const;

  /// A statement qdb sends (SET, BEGIN, CREATE TABLE _prisma_migrations, ...) was refused:
  /// kPermission for want of a privilege (the missing GRANT for `role` in the hint), else
  /// kDatabaseState. The statement is in the detail, whole.
  static Error statement_refused(const std::string& sql, const db::SqlFailure& failure, const std::string& role);

  /// kConnection: the connection could not be opened; `why` is libpqxx's message.
  Error cannot_connect(const std::string& redacted_url, const std::string& why) const;

 private:
  std::string password_;
};

/// The text of error field `code` of `result` (PG_DIAG_...), empty when absent.
std::string error_field(const PGresult* result, int code);

}  // namespace qdb::pg
