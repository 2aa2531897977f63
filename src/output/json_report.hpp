#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostic.hpp"
#include "base/error.hpp"

namespace qdb::output {

/// A JSON value whose object keys keep the order they were added in (nlohmann's ordered_json).
using Json = nlohmann::ordered_json;

/// How a run ended, for the envelope.
struct RunOutcome {
  std::optional<std::string> command;  // "migrate", ...; null before the command line named one
  std::optional<std::string> profile;  // null before the command line named one
  int exit_code = 0;
  long long duration_ms = 0;           // from the start of run_cli, whole milliseconds
  nlohmann::ordered_json error;        // error_json() of the failure; null when the run did not fail
};

/// The one JSON document a `--json` run writes on stdout (docs/json-output.md). A command adds
/// its own fields as it goes; run_cli renders the document once, at the end, whether the command
/// succeeded or failed, so the envelope (command, profile, ok, exit_code, duration_ms, database,
/// error) is built in one place and what a failed command had already done is still reported.
class JsonReport {
 public:
  /// Sets the command's field `key`, replacing an earlier value. Fields come after the envelope,
  /// in the order they were first set. Throws std::logic_error for a key of the envelope.
  void set(const std::string& key, Json value);

  /// The command's field `key`, created as null when missing (a null becomes an array on
  /// push_back): for lists that grow while the command works. Throws as set() does.
  Json& field(const std::string& key);

  /// The database the command works on: the URL with its password redacted, and the schema.
  /// Until it is called the envelope's `database` is null.
  void set_database(const std::string& redacted_url, const std::string& schema);

  /// Problems found in a user's file, as the `diagnostics` field (an array, maybe empty).
  void set_diagnostics(const std::vector<Diagnostic>& diagnostics);

  /// The document: the envelope's keys, then the command's fields.
  Json document(const RunOutcome& outcome) const;

 private:
  Json fields_ = Json::object();
  Json database_;  // null until set_database()
};

/// The envelope's `error` object: kind, message, hint and detail (null when empty), then file,
/// line, column and sqlstate where the error has them (a LocatedError).
Json error_json(const Error& error);

/// `[{file, line, column, severity, message}, ...]`.
Json diagnostics_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace qdb::output
