#pragma once

#include "db/database.hpp"

namespace qdb::db {

/// Releases the migration lock when the scope ends, on every path. A failure to release is
/// ignored: the server drops a session's locks when the connection closes with the process.
class UnlockOnExit {
 public:
  explicit UnlockOnExit(MigrationLock& lock) : lock_(lock) {}
  ~UnlockOnExit() {
    try {
      lock_.unlock();
    } catch (...) {
    }
  }
  UnlockOnExit(const UnlockOnExit&) = delete;
  UnlockOnExit& operator=(const UnlockOnExit&) = delete;

 private:
  MigrationLock& lock_;
};

/// Rolls back whatever transaction is still open when the scope ends (none is fine). A failure
/// is ignored: on a lost connection the server rolls the transaction back itself.
class RollbackOnExit {
 public:
  explicit RollbackOnExit(SqlExecutor& executor) : executor_(executor) {}
  ~RollbackOnExit() {
    try {
      executor_.rollback();
    } catch (...) {
    }
  }
  RollbackOnExit(const RollbackOnExit&) = delete;
  RollbackOnExit& operator=(const RollbackOnExit&) = delete;

 private:
  SqlExecutor& executor_;
};

}  // namespace qdb::db
