#pragma once

#include <memory>
#include <optional>
#include <string>

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include "db/database.hpp"
#include "pg/error_translation.hpp"

namespace qdb::pg {

// libpqxx 6.4 keeps the libpq handle private, but migration SQL needs PostgreSQL's error fields
// (position, detail, hint) that pqxx::sql_error does not carry. A connection policy is
// libpqxx's public extension point: it sees the handle when the connection starts.
class HandleCapturingConnect : public pqxx::connect_direct {
 public:
  explicit HandleCapturingConnect(const std::string& options) : pqxx::connect_direct(options) {}
  handle do_startconnect(handle original) override;
};

/// A libpqxx connection and its libpq handle.
struct HandledConnection {
  std::unique_ptr<pqxx::basic_connection_base<HandleCapturingConnect>> connection;
  PGconn* handle = nullptr;
};

/// Connects with `conninfo` and keeps the libpq handle, with libpqxx's silent reconnect off (it
/// would swap the handle under its user). Throws what libpqxx throws when the connection fails
/// (the caller words it), qdb::Error(kInternal) when no handle was seen.
HandledConnection connect_with_handle(const std::string& conninfo);

/// One open session with the server: libpqxx for parameterised queries, the raw libpq handle for
/// migration SQL and its error fields. Every failure leaves as a qdb::Error or a db::SqlFailure
/// (ErrorTranslator), with the password scrubbed.
class Connection {
 public:
  /// Connects with `settings.conninfo`. Throws qdb::Error(kConnection) with a redacted message.
  explicit Connection(const db::ConnectionSettings& settings);

  PGconn* handle() const { return handle_; }
  const ErrorTranslator& errors() const { return errors_; }

  /// Runs `sql` with `args` as $1, $2, ... outside any libpqxx transaction object. Throws
  /// kConnection when the connection broke, kPermission when the server refused the query for
  /// want of a privilege, kDatabaseState when it refused it otherwise (naming `schema` in the hint).
  template <typename... Args>
  pqxx::result exec(const std::string& schema, const std::string& sql, Args&&... args) {
    try {
      pqxx::nontransaction tx(*connection_);
      return tx.exec_params(sql, std::forward<Args>(args)...);
    } catch (const pqxx::broken_connection& e) {
      // libpq's report says why ("terminating connection due to administrator command");
      // libpqxx's may only say what it tried next ("Could not obtain client encoding").
      const char* why = PQerrorMessage(handle_);
      throw errors_.lost_connection(why != nullptr && *why != '\0' ? why : e.what());
    } catch (const pqxx::sql_error& e) {
      throw errors_.query_refused(e, schema, PQuser(handle_));
    }
  }

  /// Sends `sql` (one or more statements, no parameters) as it is, with PQexec. Returns the
  /// server's error, or nullopt; throws kConnection when the connection broke.
  std::optional<db::SqlFailure> send(const std::string& sql);

  /// Sends a script of several statements with PQsendQuery and reads each statement's result,
  /// counting the COMMITs that succeeded (db::SqlExecutor::execute_script).
  db::ScriptOutcome send_script(const std::string& sql);

  /// Reads and drops any results still queued on the connection.
  void drain();

 private:
  std::unique_ptr<pqxx::basic_connection_base<HandleCapturingConnect>> connection_;
  PGconn* handle_ = nullptr;
  ErrorTranslator errors_;
};

}  // namespace qdb::pg
