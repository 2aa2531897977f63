#include "base/error.hpp"

#include <csignal>

namespace qdb {

int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInternal: return 1;
    case ErrorKind::kUsage: return 2;
    case ErrorKind::kConfig: return 3;
    case ErrorKind::kSchema: return 4;
    case ErrorKind::kMigrationFiles: return 5;
    case ErrorKind::kConnection: return 6;
    case ErrorKind::kLockTimeout: return 7;
    case ErrorKind::kMigrationFailed: return 8;
    case ErrorKind::kDatabaseState: return 9;
    case ErrorKind::kRefused: return 10;
    case ErrorKind::kAborted: return 11;
    // 12 to 16 are outcomes (exit_code::), not failures.
    case ErrorKind::kPermission: return 17;
    case ErrorKind::kFileWrite: return 18;
    case ErrorKind::kInterrupted: return 128 + SIGINT;
    case ErrorKind::kTerminated: return 128 + SIGTERM;
  }
  return 1;
}

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInternal: return "internal";
    case ErrorKind::kUsage: return "usage";
    case ErrorKind::kConfig: return "config";
    case ErrorKind::kSchema: return "schema";
    case ErrorKind::kMigrationFiles: return "migration_files";
    case ErrorKind::kConnection: return "connection";
    case ErrorKind::kLockTimeout: return "lock_timeout";
    case ErrorKind::kMigrationFailed: return "migration_failed";
    case ErrorKind::kDatabaseState: return "database_state";
    case ErrorKind::kRefused: return "refused";
    case ErrorKind::kAborted: return "aborted";
    case ErrorKind::kPermission: return "permission";
    case ErrorKind::kFileWrite: return "file_write";
    case ErrorKind::kInterrupted: return "interrupted";
    case ErrorKind::kTerminated: return "terminated";
  }
  return "internal";
}

ErrorKind kind_for_signal(int signal) { return signal == SIGTERM ? ErrorKind::kTerminated : ErrorKind::kInterrupted; }

std::string signal_name(int signal) {
  if (signal == SIGINT) return "SIGINT";
  if (signal == SIGTERM) return "SIGTERM";
  return "signal " + std::to_string(signal);
}

}  // namespace qdb
