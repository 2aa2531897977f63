#include "migrate/runner.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include <spdlog/spdlog.h>

#include "migrate/error_position.hpp"
#include "migrate/migration_failure.hpp"
#include "migrate/statement_splitter.hpp"
#include "migrate/transaction_mode.hpp"
#include "db/scope_guards.hpp"
#include "base/diagnostic.hpp"
#include "base/error.hpp"

namespace qdb::migrate {
namespace {

int interrupted_by(const std::function<int()>& interrupted) { return interrupted ? interrupted() : 0; }

// Where a signal stopped a migration, thrown inside a migration's application and caught by the
// loop over the pending ones, which knows what the run applied before.
struct StoppedBySignal {
  int signal = 0;
  std::string what;  // the state of the migration it stopped
  std::string hint;
};

// "2 migrations applied by this run, the last 20240102_b", "no migration applied by this run".
std::string applied_by_run(const std::vector<AppliedMigration>& applied) {
  if (applied.empty()) return "no migration applied by this run";
  if (applied.size() == 1) return "1 migration applied by this run: " + applied.back().name;
  return std::to_string(applied.size()) + " migrations applied by this run, the last " + applied.back().name;
}

Error interruption(const StoppedBySignal& stop, const std::vector<AppliedMigration>& applied) {
  return Error(kind_for_signal(stop.signal),
               "interrupted by " + signal_name(stop.signal) + ": " + stop.what + "; " + applied_by_run(applied),
               stop.hint);
}

// The connection broke while `m` was being applied (the server crashed or restarted, the session
// was terminated, a failover): which migration, what the run applied, and what state `m` is in.
Error connection_lost(const Error& lost, const Migration& m, bool transactional,
                      const std::vector<AppliedMigration>& applied, const RunOptions& options) {
  std::string hint =
      transactional
          ? m.name + " ran in one transaction: it is applied and recorded together, or not at all, as far as its "
                     "COMMIT reached the server; once the server is back, `qdb " + options.profile +
                " db status` says which, and `qdb " + options.profile + " db migrate` applies what is pending"
          : m.name + " runs outside a transaction: the statements that completed stayed applied, and its history "
                     "row may be left unfinished (failed); once the server is back, check its effects, then run `qdb " +
                options.profile + " db resolve --rolled-back " + m.name + "` (or --applied)";
  return Error(ErrorKind::kConnection,
               std::string(lost.what()) + "; " + m.name + " was being applied; " + applied_by_run(applied), hint,
               lost.detail());
}

// Rolls back, on the way out, a transaction that was not committed.
class TransactionGuard {
 public:
  explicit TransactionGuard(db::SqlExecutor& executor) : executor_(executor) {}
  ~TransactionGuard() {
    if (open_) {
      try {
        executor_.rollback();
      } catch (...) {
        // A lost connection: the server rolls the transaction back itself.
      }
    }
  }
  TransactionGuard(const TransactionGuard&) = delete;
  TransactionGuard& operator=(const TransactionGuard&) = delete;
  void commit() {
    executor_.commit();
    open_ = false;
  }
  void rollback() {
    executor_.rollback();
    open_ = false;
  }

 private:
  db::SqlExecutor& executor_;
  bool open_ = true;
};

// BEGIN, then Prisma's lock for this transaction only, polled up to the lock timeout.
std::unique_ptr<TransactionGuard> begin_locked(db::Database& database, const RunOptions& options,
                                               RunObserver& observer, os::System& clock) {
  database.begin();
  auto transaction = std::make_unique<TransactionGuard>(database);
  acquire_transaction_lock(database, options.lock_timeout_seconds, observer, clock, options.interrupted);
  return transaction;
}

void check_before_applying(const Plan& plan, const RunOptions& options, RunObserver& observer,
                           std::vector<std::string>& warnings) {
  if (!plan.failed.empty()) {
    const db::HistoryRow& row = *plan.failed.front();
    std::string detail;
    for (const db::HistoryRow* r : plan.failed) {
      detail += "failed migration " + r->migration_name + ", started at " + r->started_at + "\n";
      if (r->logs && !r->logs->empty()) detail += "  " + *r->logs + "\n";
    }
    throw Error(ErrorKind::kDatabaseState,
                "migration " + row.migration_name + " failed earlier and is still recorded as failed; no migration "
                "will run until it is resolved",
                "repair the database by hand, then run `qdb " + options.profile + " db resolve --rolled-back " +
                    row.migration_name + "` to run it again, or `--applied " + row.migration_name +
                    "` if you completed it by hand" +
                    (options.profile == "dev" ? "; in development `qdb dev db reset` starts over" : ""),
                detail);
  }
  auto report = [&](Policy policy, const std::string& message, const std::string& hint) {
    if (policy == Policy::kError) throw Error(ErrorKind::kDatabaseState, message, hint);
    warnings.push_back(message);
    observer.warning(message);
  };
  for (const EditedMigration& e : plan.edited) {
    report(options.edited,
           "migration " + e.migration->name + " was modified after it was applied (checksum " +
               e.row->checksum.substr(0, 12) + "… recorded, file differs)",
           options.profile == "dev" ? "run `qdb dev db reset` to rebuild the development database from the files"
                                    : "restore the applied file from version control; put changes in a new migration");
  }
  for (const db::HistoryRow* row : plan.missing) {
    // A deploy run from the wrong folder, or from a checkout that lacks a teammate's migrations.
    report(options.missing,
           "migration " + row->migration_name + " is recorded as applied but its folder is not in " +
               options.migrations_label,
           "run from the project whose migrations the database has (check the folder and the checkout), or set "
           "missing = \"warn\" for profile \"" + options.profile + "\" in qdb.toml");
  }
  for (const Migration* m : plan.out_of_order) {
    // Applied now, it would run after migrations that a reset (or a fresh database) runs after it.
    const bool refused = options.out_of_order == Policy::kError;
    report(options.out_of_order,
           "migration " + m->name + " sorts before migrations already applied; " +
               (refused ? std::string("a reset would replay it in another order, so it is not applied")
                        : std::string("it will be applied now, out of order")),
           "rename its folder so it sorts after the last applied migration, or set out_of_order = \"warn\" for "
           "profile \"" + options.profile + "\" in qdb.toml");
  }
}

// A signal stopped a file that runs outside a transaction before statement `index` completed:
// what ran before it stays, so the row is left failed, as after an error, for `resolve`.
[[noreturn]] void stop_outside_transaction(db::Database& database, const Migration& m, const Statement& statement,
                                           size_t index, const std::string& id, int signal,
                                           const RunOptions& options) {
  const int line = location_of_offset(m.sql, statement.offset).line;
  database.rollback();  // a file's own BEGIN may have left a transaction open
  database.mark_failed(id, "interrupted by " + signal_name(signal) + " at statement " + std::to_string(index + 1) +
                               " (line " + std::to_string(line) + "); the statements before it stayed applied");
  throw StoppedBySignal{
      signal,
      m.name + " runs outside a transaction and was stopped at " + m.path + ":" + std::to_string(line) +
          ": the statements before that line stayed applied, and it is recorded as failed",
      "undo or finish its effects by hand, then run `qdb " + options.profile + " db resolve --rolled-back " + m.name +
          "` to run it again (or `--applied " + m.name + "` if you completed it)"};
}

// Prisma's way for files that cannot run in one transaction: with the started row `id` already
// recorded, run the statements one by one, then complete the row or leave it failed with the error.
void run_outside_transaction(db::Database& database, const Migration& m, const std::vector<Statement>& statements,
                             const std::string& id, const RunOptions& options) {
  for (size_t i = 0; i < statements.size(); ++i) {
    const Statement& statement = statements[i];
    int signal = interrupted_by(options.interrupted);
    std::optional<db::SqlFailure> failure;
    if (signal == 0) {
      failure = database.execute(statement.sql);
      if (failure) signal = interrupted_by(options.interrupted);
    }
    if (signal != 0) stop_outside_transaction(database, m, statement, i, id, signal, options);
    if (failure) {
      database.rollback();  // a file's own BEGIN may have left a transaction open
      std::string logs = describe_failure(*failure);
      database.mark_failed(id, logs);
      fail_migration(database, m, *failure, statement.offset, false, options);
    }
  }
  database.rollback();  // a file that opened a transaction and never closed it
  database.mark_finished(id);
}

// After a transactional migration failed and was rolled back: when a signal asked the run to stop,
// the failure is its cancel request (or anything after it), not the file's.
void stop_if_interrupted(const Migration& m, const RunOptions& options) {
  if (int signal = interrupted_by(options.interrupted)) {
    throw StoppedBySignal{signal, m.name + " was rolled back: it is not applied", ""};
  }
}

void apply_one(db::Database& database, const Migration& m, const std::vector<Statement>& statements,
               bool transactional, const RunOptions& options, util::RandomSource& random) {
  std::string id = util::uuid_v4(random);
  if (options.in_open_transaction) {
    if (!transactional) throw Error(ErrorKind::kInternal, m.name + " cannot join the open transaction");
    if (auto failure = database.execute(m.sql)) {
      stop_if_interrupted(m, options);
      fail_migration(database, m, *failure, 0, true, options);
    }
    database.insert_applied(id, m.name, m.checksum);
    return;
  }
  if (transactional) {
    database.begin();
    if (auto failure = database.execute(m.sql)) {
      database.rollback();
      stop_if_interrupted(m, options);
      fail_migration(database, m, *failure, 0, true, options);
    }
    database.insert_applied(id, m.name, m.checksum);
    database.commit();
    return;
  }
  database.insert_started(id, m.name, m.checksum);
  run_outside_transaction(database, m, statements, id, options);
}

bool any_started_unfinished(const std::vector<db::HistoryRow>& rows) {
  return std::any_of(rows.begin(), rows.end(), [](const db::HistoryRow& r) { return r.failed(); });
}

// With lock_per_transaction no lock is held while another run executes a file outside a
// transaction: its started, unfinished row is all there is to see. Such rows get the lock timeout
// to finish before they count as failed.
std::vector<db::HistoryRow> load_history_settled(db::Database& database, const RunOptions& options, os::System& clock) {
  const double deadline = clock.now() + options.lock_timeout_seconds;
  std::vector<db::HistoryRow> history = database.load_history();
  while (any_started_unfinished(history) && clock.now() < deadline) {
    spdlog::debug("a migration is recorded as started and not finished; waiting for it to finish");
    clock.sleep(0.2);
    history = database.load_history();
  }
  return history;
}

// apply_one with the lock taken in the migration's own transaction (lock_per_transaction), after
// which the history is read again: another run may have applied the migration since this one
// read it. Returns false when it had.
bool apply_one_locked(db::Database& database, const Migration& m, const std::vector<Statement>& statements,
                      bool transactional, const RunOptions& options, RunObserver& observer, os::System& clock,
                      util::RandomSource& random) {
  const double deadline = clock.now() + options.lock_timeout_seconds;
  for (;;) {
    std::unique_ptr<TransactionGuard> transaction = begin_locked(database, options, observer, clock);
    std::vector<db::HistoryRow> rows = database.history_of(m.name);
    if (std::any_of(rows.begin(), rows.end(), [](const db::HistoryRow& r) { return r.applied(); })) {
      spdlog::debug("{} was applied by another run meanwhile", m.name);
      return false;
    }
    if (!any_started_unfinished(rows)) {
      std::string id = util::uuid_v4(random);
      if (transactional) {
        if (auto failure = database.execute(m.sql)) {
          transaction->rollback();
          stop_if_interrupted(m, options);
          fail_migration(database, m, *failure, 0, true, options);
        }
        database.insert_applied(id, m.name, m.checksum);
        transaction->commit();
        return true;
      }
      database.insert_started(id, m.name, m.checksum);
      transaction->commit();
      run_outside_transaction(database, m, statements, id, options);
      return true;
    }
    // Started by a run that began after this one read the history, and not finished yet.
    transaction->rollback();
    if (clock.now() >= deadline) {
      throw Error(ErrorKind::kLockTimeout,
                  "timed out after " + seconds_text(options.lock_timeout_seconds) + " waiting for migration " +
                      m.name + ", which another run started and has not finished",
                  "if no other qdb or Prisma migrate is running, that run failed: repair the database, then run `qdb " +
                      options.profile + " db resolve --rolled-back " + m.name + "` (or --applied)");
    }
    clock.sleep(0.2);
  }
}

}  // namespace

void require_writable(const db::ServerInfo& server) {
  if (server.in_recovery) {
    throw Error(ErrorKind::kDatabaseState,
                "database \"" + server.database + "\" is a read-only hot standby (pg_is_in_recovery() is true)",
                "point DATABASE_URL at the primary server");
  }
  if (server.read_only) {
    throw Error(ErrorKind::kDatabaseState,
                "the session is read-only (default_transaction_read_only is on for role \"" + server.user + "\")",
                "connect with a role or database where writes are allowed, or turn the setting off");
  }
}

namespace {

// The connection broke while `files` were on their way together: each is applied and recorded
// with its history row, or not at all, and the server knows how far it got.
Error connection_lost_together(const Error& lost, const std::vector<const Migration*>& files,
                               const std::vector<AppliedMigration>& applied, const RunOptions& options) {
  const std::string span = files.front()->name + " to " + files.back()->name;
  std::string hint = "each of " + span + " ran in a transaction of its own: it is applied and recorded together, or "
                     "not at all, as far as its COMMIT reached the server; once the server is back, `qdb " +
                     options.profile + " db status` says which, and `qdb " + options.profile +
                     " db migrate` applies what is pending";
  return Error(ErrorKind::kConnection,
               std::string(lost.what()) + "; " + std::to_string(files.size()) + " migrations sent together (" + span +
                   ") were being applied; " + applied_by_run(applied),
               hint, lost.detail());
}

// Sends pending[first, end) in one round trip, each in its own transaction with its history row;
// returns how many committed (all of them, or those before the one that failed, whose
// transaction is rolled back here). The files that committed are reported applied, each with an
// equal share of the time. Only pending[flushed_at]'s COMMIT waits for the WAL flush.
size_t apply_together(db::Database& database, const std::vector<const Migration*>& pending, size_t first, size_t end,
                      size_t flushed_at, const RunOptions& options, RunObserver& observer, os::System& clock,
                      util::RandomSource& random, RunResult& result) {
  std::vector<const Migration*> files(pending.begin() + static_cast<std::ptrdiff_t>(first),
                                      pending.begin() + static_cast<std::ptrdiff_t>(end));
  std::vector<db::MigrationToRecord> records;
  records.reserve(files.size());
  for (size_t k = 0; k < files.size(); ++k) {
    const Migration* m = files[k];
    records.push_back({&m->sql, util::uuid_v4(random), m->name, m->checksum, first + k == flushed_at});
  }
  observer.applying_together(files);
  const double start = clock.now();
  db::ScriptOutcome outcome;
  try {
    outcome = database.apply_together(records);
  } catch (const Error& e) {
    const int signal = interrupted_by(options.interrupted);
    if (signal == 0 && e.kind() == ErrorKind::kConnection) throw connection_lost_together(e, files, result.applied, options);
    if (signal == 0) throw;
    throw interruption({signal, "the migrations sent together from " + files.front()->name + " were rolled back", ""},
                       result.applied);
  }
  const size_t committed = std::min(static_cast<size_t>(std::max(outcome.commits, 0)), files.size());
  if (outcome.failure) database.rollback();
  const double share = (clock.now() - start) * 1000.0 / static_cast<double>(files.size());
  for (size_t k = 0; k < committed; ++k) {
    observer.applied(*files[k], share);
    result.applied.push_back({files[k]->name, share, true});
  }
  if (!outcome.failure) return files.size();
  // A signal's cancel request ended the file that was running: it stops the run there.
  if (int signal = interrupted_by(options.interrupted)) {
    throw interruption({signal, files[committed]->name + " was rolled back: it is not applied", ""}, result.applied);
  }
  return committed;
}

// Applies `m` on its own (apply_one, or apply_one_locked behind PgBouncer) and reports it;
// turns what stops it into the run's error.
void apply_alone(db::Database& database, const Migration& m, const SplitResult& split, bool transactional,
                 const RunOptions& options, RunObserver& observer, os::System& clock, util::RandomSource& random,
                 RunResult& result) {
  observer.applying(m, transactional);
  double start = clock.now();
  try {
    if (options.lock_per_transaction) {
      if (!apply_one_locked(database, m, split.statements, transactional, options, observer, clock, random)) {
        ++result.already_applied;
        return;
      }
    } else {
      apply_one(database, m, split.statements, transactional, options, random);
    }
  } catch (const StoppedBySignal& stop) {
    throw interruption(stop, result.applied);
  } catch (const Error& e) {
    const int signal = interrupted_by(options.interrupted);
    if (signal == 0 && e.kind() == ErrorKind::kConnection && !options.in_open_transaction) {
      throw connection_lost(e, m, transactional, result.applied, options);
    }
    if (signal == 0) throw;
    // With lock_per_transaction, the wait for the lock in the migration's own transaction.
    if (e.kind() == kind_for_signal(signal)) {
      throw interruption({signal, "stopped before " + m.name + " while waiting for the migration lock: it is not applied",
                          ""},
                         result.applied);
    }
    // The cancel request may also land on the statement that records the migration: what the
    // transaction held is rolled back either way.
    if (!transactional) throw;
    throw interruption({signal, m.name + " was rolled back: it is not applied", ""}, result.applied);
  }
  double ms = (clock.now() - start) * 1000.0;
  observer.applied(m, ms);
  result.applied.push_back({m.name, ms, transactional});
}

// After a failure or an interrupt, the commits that returned before their WAL flush are made
// durable before qdb reports. Not after a lost connection: the server's WAL writer flushes them
// within a second anyway, unless the server crashed, whose recovery then keeps a prefix of them.
void flush_quietly(db::Database& database) {
  try {
    database.flush_commits();
  } catch (const std::exception& e) {
    spdlog::debug("the earlier commits could not be flushed: {}", e.what());
  }
}

// Applies plan.pending from the first, sending transactional files together where it may. Every
// transactional file's COMMIT but the last file's returns before the server flushes its WAL: the
// last flush makes them all durable at once (the WAL is written in order), one disk flush per run
// instead of one per migration. Files outside a transaction commit as before.
void apply_pending(db::Database& database, const Plan& plan, const std::vector<SplitResult>& splits,
                   const RunOptions& options, RunObserver& observer, os::System& clock, util::RandomSource& random,
                   RunResult& result) {
  const std::vector<bool> transactional_at = transactional_files(plan.pending, splits);
  const bool may_send_together = !options.lock_per_transaction && !options.in_open_transaction;
  const bool may_defer_flush = !options.in_open_transaction;
  const size_t last = plan.pending.size() - 1;
  size_t alone_until = 0;  // after a failure among files sent together, they go one by one
  size_t i = 0;
  try {
    while (i < plan.pending.size()) {
      if (int signal = interrupted_by(options.interrupted)) {
        throw interruption({signal, "stopped before " + plan.pending[i]->name + ": it is not applied", ""},
                           result.applied);
      }
      if (may_send_together && transactional_at[i] && i >= alone_until) {
        const size_t end = together_end(plan.pending, transactional_at, i, options.together);
        if (end - i >= 2) {
          const size_t committed =
              apply_together(database, plan.pending, i, end, last, options, observer, clock, random, result);
          // On a failure, the failing file and those after it go again one by one.
          if (committed < end - i) alone_until = end;
          i += committed;
          continue;
        }
      }
      database.set_flushed_commits(!may_defer_flush || !transactional_at[i] || i == last);
      apply_alone(database, *plan.pending[i], splits[i], transactional_at[i], options, observer, clock, random, result);
      ++i;
    }
  } catch (...) {
    database.set_flushed_commits(true);
    if (may_defer_flush && !result.applied.empty()) flush_quietly(database);
    throw;
  }
  database.set_flushed_commits(true);
}

RunResult run_planned(db::Database& database, const LocalMigrations& read_local, const RunOptions& options,
                      RunObserver& observer, os::System& clock, util::RandomSource& random, bool& applying) {
  const std::vector<Migration>* local_read = nullptr;
  auto local_migrations = [&]() -> const std::vector<Migration>& {
    if (local_read == nullptr) local_read = &read_local();
    return *local_read;
  };
  // The read-only queries below run while the files may still be being read; when one fails,
  // problems in the files are still reported first.
  auto files_first = [&](auto&& query) {
    try {
      return query();
    } catch (const Error&) {
      local_migrations();
      throw;
    }
  };

  RunResult result;
  std::vector<db::HistoryRow> history;
  if (options.dry_run) {
    if (files_first([&] { return database.history_exists(); })) {
      history = files_first([&] { return database.load_history(); });
    }
    Plan plan = make_plan(local_migrations(), history);
    check_before_applying(plan, options, observer, result.warnings);
    for (const Migration* m : plan.pending) result.would_apply.push_back(m->name);
    result.already_applied = plan.applied.size();
    return result;
  }
  // The server's state and, without the lock, the history: one round trip where it can be.
  db::StartState start = files_first([&] {
    db::StartState s = database.read_start(!options.lock_per_transaction);
    require_writable(s.server);
    return s;
  });

  if (start.history) {
    // Nothing pending and nothing failed or in progress: the answer cannot change under the lock
    // (a run in progress elsewhere shows as an unfinished row, and sends this run to wait for it).
    history = std::move(*start.history);
    Plan plan = make_plan(local_migrations(), history);
    if (plan.pending.empty() && plan.failed.empty()) {
      spdlog::debug("{} migration(s) on disk, all applied: nothing to do", local_migrations().size());
      check_before_applying(plan, options, observer, result.warnings);
      result.already_applied = plan.applied.size();
      return result;
    }
  }
  const std::vector<Migration>& local = local_migrations();

  // On a database without history every file is pending: one the lexer cannot follow leaves it
  // untouched, without even the history table.
  if (files_first([&] { return !database.history_exists(); })) {
    std::vector<const Migration*> all;
    for (const Migration& m : local) all.push_back(&m);
    read_through(all);
  }
  std::optional<db::UnlockOnExit> session_lock;
  if (options.lock_per_transaction) {
    std::unique_ptr<TransactionGuard> transaction = begin_locked(database, options, observer, clock);
    if (!database.history_exists()) database.create_history();
    transaction->commit();
    history = load_history_settled(database, options, clock);
  } else {
    if (!options.in_open_transaction) {
      acquire_lock(database, options.lock_timeout_seconds, observer, clock, options.interrupted);
      session_lock.emplace(database);
    }
    if (database.history_exists()) {
      history = database.load_history();
    } else {
      database.create_history();
    }
  }
  Plan plan = make_plan(local, history);
  spdlog::debug("{} migration(s) on disk, {} history row(s): {} applied, {} pending, {} failed", local.size(),
                history.size(), plan.applied.size(), plan.pending.size(), plan.failed.size());
  check_before_applying(plan, options, observer, result.warnings);
  result.already_applied = plan.applied.size();
  // Every pending file is read through before the first one runs: a file the lexer cannot
  // follow stops the run while the database is still untouched.
  std::vector<SplitResult> splits = read_through(plan.pending);
  applying = true;
  if (!plan.pending.empty()) apply_pending(database, plan, splits, options, observer, clock, random, result);
  return result;
}

}  // namespace

std::vector<bool> transactional_files(const std::vector<const Migration*>& files,
                                      const std::vector<SplitResult>& splits) {
  std::vector<bool> transactional(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    transactional[i] = analyze_transaction_mode(files[i]->sql, splits[i].statements).mode == TransactionMode::kTransactional;
  }
  return transactional;
}

size_t together_end(const std::vector<const Migration*>& files, const std::vector<bool>& transactional, size_t first,
                    const TogetherLimits& limits) {
  size_t end = first;
  size_t bytes = 0;
  while (end < files.size() && transactional[end] && end - first < limits.max_files &&
         (end == first || bytes + files[end]->sql.size() <= limits.max_bytes)) {
    bytes += files[end]->sql.size();
    ++end;
  }
  return end;
}

RunResult run_migrations(db::Database& database, const LocalMigrations& local, const RunOptions& options,
                         RunObserver& observer, os::System& clock, util::RandomSource& random) {
  bool applying = false;
  try {
    return run_planned(database, local, options, observer, clock, random, applying);
  } catch (const Error& e) {
    // Before the first migration only reads and the history table's creation ran: a query that
    // the signal's cancel request ended leaves nothing behind.
    const int signal = interrupted_by(options.interrupted);
    if (signal == 0 || applying || e.kind() == kind_for_signal(signal)) throw;
    throw Error(kind_for_signal(signal), "interrupted by " + signal_name(signal) + "; nothing was applied");
  }
}

RunResult run_migrations(db::Database& database, const std::vector<Migration>& local, const RunOptions& options,
                         RunObserver& observer, os::System& clock, util::RandomSource& random) {
  return run_migrations(
      database, [&local]() -> const std::vector<Migration>& { return local; }, options, observer, clock, random);
}

}  // namespace qdb::migrate
