#pragma once

#include <functional>
#include <string>

#include "db/database.hpp"
#include "os/system.hpp"

namespace qdb::migrate {

class RunObserver;

/// "1.5 s", "30 s": a timeout as the lock messages give it.
std::string seconds_text(double seconds);

/// Takes the migration lock, polling with backoff; throws kLockTimeout naming the holder, and
/// kInterrupted / kTerminated when `interrupted` answers a signal while it waits.
void acquire_lock(db::MigrationLock& lock, double timeout_seconds, RunObserver& observer, os::System& clock,
                  const std::function<int()>& interrupted = {});

/// acquire_lock for the open transaction only (try_lock_in_transaction): COMMIT or ROLLBACK
/// releases it. For connections through PgBouncer (?pgbouncer=true).
void acquire_transaction_lock(db::MigrationLock& lock, double timeout_seconds, RunObserver& observer, os::System& clock,
                              const std::function<int()>& interrupted = {});

}  // namespace qdb::migrate
