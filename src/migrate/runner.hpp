#pragma once

#include <functional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "migrate/lock_wait.hpp"
#include "migrate/migration.hpp"
#include "migrate/plan.hpp"
#include "migrate/statement_splitter.hpp"
#include "os/system.hpp"
#include "util/uuid.hpp"

namespace qdb::migrate {

/// Told what happens, as it happens, so the console can show progress.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  virtual void waiting_for_lock(const std::string& holder) = 0;
  virtual void applying(const Migration& migration, bool transactional) = 0;
  virtual void applied(const Migration& migration, double milliseconds) = 0;
  /// Before `migrations` (transactional, two or more) are sent together; each then gets applied()
  /// with an equal share of their time, or, after a failure, applying() again when it is sent alone.
  virtual void applying_together(const std::vector<const Migration*>& migrations) = 0;
  virtual void warning(const std::string& message) = 0;
};

/// How many consecutive transactional migrations travel in one round trip
/// (db::HistoryStore::apply_together, and the shadow database's replay).
struct TogetherLimits {
  size_t max_files = 256;
  size_t max_bytes = 1024 * 1024;  // of SQL, unless one file alone is larger
};

/// For each file, whether it can run in a transaction block, from its statements (read_through).
std::vector<bool> transactional_files(const std::vector<const Migration*>& files,
                                      const std::vector<SplitResult>& splits);

/// The end of the run of files from `first` that travel together: consecutive transactional
/// files within the limits (the first one always counts, however large).
size_t together_end(const std::vector<const Migration*>& files, const std::vector<bool>& transactional, size_t first,
                    const TogetherLimits& limits);

/// What to do about a questionable history entry: warn and go on, or stop with an error.
enum class Policy { kWarn, kError };

struct RunOptions {
  double lock_timeout_seconds = 10.0;
  bool dry_run = false;                               // report what would run, change nothing
  Policy edited = Policy::kWarn;
  Policy out_of_order = Policy::kWarn;
  Policy missing = Policy::kWarn;                     // applied migrations whose folder is gone
  std::string profile = "prod";                       // named in recovery hints
  std::string migrations_label = "migrations";        // folder as shown in messages
  // Behind PgBouncer (?pgbouncer=true) a session may span several server connections, so a
  // session-level lock could be released on another one and stay held where it was taken:
  // the lock is taken in each migration's own transaction instead (see run_migrations).
  bool lock_per_transaction = false;
  // The signal (SIGINT, SIGTERM) that asks the run to stop, or 0; unset: never asked. It is asked
  // while waiting for the lock, before each migration and each statement run on its own, and when
  // a statement fails (a statement canceled by the signal fails with SQLSTATE 57014).
  std::function<int()> interrupted;
  // The caller holds the migration lock and has opened a transaction (begin()) that the
  // migrations join, each with its history row: nothing is committed or rolled back here, and
  // a failure leaves the caller to roll back everything (reset's one transaction). Every pending
  // file must be able to run in a transaction (kInternal otherwise).
  bool in_open_transaction = false;
  // Consecutive transactional files are sent together, each still in its own transaction with its
  // history row (not with lock_per_transaction or in_open_transaction).
  TogetherLimits together;
};

struct AppliedMigration {
  std::string name;
  double milliseconds = 0;
  bool transactional = true;
};

struct RunResult {
  std::vector<AppliedMigration> applied;
  std::vector<std::string> would_apply;   // dry run only
  std::vector<std::string> warnings;
  size_t already_applied = 0;
};

/// The migrations on disk, asked for when the run needs them: a caller still reading the files
/// can let the first queries overlap the reading. Called at most once per run; the vector must
/// outlive the run. What it throws (a broken migrations folder) is reported before any error
/// of the database's, since the files are the first thing to fix.
using LocalMigrations = std::function<const std::vector<Migration>&()>;

/// Applies every pending migration, Prisma-compatibly:
///  1. refuses a hot standby or read-only session (kDatabaseState) unless dry_run;
///  2. reads the history without the lock: when every migration on disk is applied and none is
///     failed or in progress, there is nothing to do (the warnings of step 5 still apply) and the
///     run ends without taking the lock. Otherwise it takes Prisma's advisory lock, polling with
///     backoff up to the timeout (kLockTimeout, naming the holder), releases it on every path,
///     and reads the history again under it;
///  3. creates the history table when missing;
///  4. refuses while a failed migration is recorded (kDatabaseState, with how to recover);
///  5. checks for edited, missing and out-of-order migrations (warnings or kDatabaseState by policy);
///  6. applies each pending migration: in one transaction together with its history row, or,
///     when the file cannot run in a transaction, statement by statement with the row inserted
///     first and completed or left failed with the error in `logs`. Consecutive transactional
///     files travel together (options.together) in one round trip, each still in a transaction of
///     its own; when one of them fails, those before it stay applied and the rest are sent one
///     by one, so that the failure is reported, located and recorded exactly as when each file
///     goes alone.
/// With lock_per_transaction, step 2 is replaced: the history table is created in a transaction
/// holding the lock (pg_advisory_xact_lock), and each pending migration runs in a transaction that
/// takes the lock and reads the migration's history rows again first. When another run applied it
/// meanwhile it is skipped (counted as already applied); while another run has it started and not
/// finished, this run waits up to the lock timeout (kLockTimeout). A file that cannot run in a
/// transaction has its started row inserted in such a transaction; its statements then run with
/// no lock held, and the started row keeps other runs off it.
/// A migration's SQL error throws kMigrationFailed naming the file, line, column and SQLSTATE;
/// migrations before it stay applied. A statement refused for want of a privilege (SQLSTATE
/// 42501) throws kPermission instead, with the missing GRANT in the hint and the whole refused
/// statement in the detail. When `interrupted` answers a signal, the run stops at the
/// next of those points: the open transaction is rolled back (a file run outside a transaction is
/// recorded as failed, as for an error), and it throws kInterrupted (SIGINT) or kTerminated
/// (SIGTERM) whose one-line message says what is applied and what is not.
RunResult run_migrations(db::Database& database, const LocalMigrations& local, const RunOptions& options,
                         RunObserver& observer, os::System& clock, util::RandomSource& random);

/// The same, with the migrations already read.
RunResult run_migrations(db::Database& database, const std::vector<Migration>& local, const RunOptions& options,
                         RunObserver& observer, os::System& clock, util::RandomSource& random);

/// Throws kDatabaseState when the server cannot take writes: a hot standby, or a read-only session.
void require_writable(const db::ServerInfo& server);

}  // namespace qdb::migrate
