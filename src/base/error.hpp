#pragma once

#include <stdexcept>
#include <string>

namespace qdb {

/// The kinds of operational failure. Each maps to exactly one exit code, documented in
/// docs/exit-codes.md; `main` is the only place that turns an Error into a process exit.
enum class ErrorKind {
  kInternal,         // 1: a bug or an unexpected condition
  kUsage,            // 2: bad command line
  kConfig,           // 3: qdb.toml, env files, DATABASE_URL
  kSchema,           // 4: the Prisma schema has errors
  kMigrationFiles,   // 5: migrations/ folder, migration_lock.toml, unreadable files
  kConnection,       // 6: cannot reach or log in to the server
  kLockTimeout,      // 7: another migrator holds the advisory lock
  kMigrationFailed,  // 8: a migration's SQL failed while applying
  kDatabaseState,    // 9: the database is in a state that blocks the command
  kRefused,          // 10: the profile forbids a destructive command
  kAborted,          // 11: confirmation needed or declined
  kPermission,       // 17: the server refused a statement for want of a privilege (SQLSTATE 42501)
  kFileWrite,        // 18: a file or folder qdb writes could not be written
  kInterrupted,      // 130: stopped by SIGINT (Ctrl-C) after canceling and rolling back its work
  kTerminated,       // 143: the same for SIGTERM
};

/// Process exit codes that are outcomes rather than failures.
namespace exit_code {
inline constexpr int kOk = 0;
inline constexpr int kStatusPending = 12;   // status: migrations not yet applied
inline constexpr int kStatusFailed = 13;    // status: a failed migration is recorded
inline constexpr int kStatusDrift = 14;     // status: edited or missing migrations
inline constexpr int kStale = 15;           // --check of generate-types (output missing or stale), format
inline constexpr int kDiffFound = 16;       // diff --exit-code: the two schemas differ
}  // namespace exit_code

/// The exit code for an error kind.
int exit_code_for(ErrorKind kind);

/// kTerminated for SIGTERM, kInterrupted for any other signal (SIGINT).
ErrorKind kind_for_signal(int signal);

/// "SIGINT", "SIGTERM", or "signal N".
std::string signal_name(int signal);

/// A short stable name for an error kind, used in --json output ("config", "lock_timeout", ...).
const char* error_kind_name(ErrorKind kind);

/// An operational failure with a one-line message (what failed), an optional hint (how to fix
/// it) and optional detail lines. Messages never contain passwords: callers redact first.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string hint = {}, std::string detail = {})
      : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)),
        detail_(std::move(detail)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& hint() const { return hint_; }
  const std::string& detail() const { return detail_; }

 private:
  ErrorKind kind_;
  std::string hint_;
  std::string detail_;
};

}  // namespace qdb
