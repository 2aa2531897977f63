#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

#include "db/database.hpp"
#include "os/system.hpp"

namespace qdb::cli {

/// While it lives, the first SIGINT or SIGTERM does not end the process. The statement running on
/// `database` is canceled (libpq's cancel request, sent from the thread that watches the signals,
/// and sent again every half second until the work notices), and the signal is remembered: the
/// work asks received() at its safe points, rolls back, releases the lock and fails with
/// kInterrupted or kTerminated (exit 130 or 143) saying what is left. A second signal ends the
/// process at once. Outside such a scope a signal ends qdb as it always did.
class InterruptScope {
 public:
  /// `database` must outlive the scope.
  InterruptScope(os::System& system, db::SqlExecutor& database);
  ~InterruptScope();
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;

  /// The signal received, or 0. Once it has answered a signal, no more cancel requests are sent:
  /// the work is stopping, and what it sends from then on is its clean-up.
  int received();

  /// received(), as migrate::RunOptions::interrupted takes it.
  std::function<int()> asker() {
    return [this] { return received(); };
  }

 private:
  void on_signal(int signal);

  db::SqlExecutor& database_;
  std::mutex mutex_;
  std::condition_variable changed_;
  int signal_ = 0;
  bool noticed_ = false;  // received() has answered the signal
  bool closing_ = false;
  std::unique_ptr<os::InterruptWatch> watch_;  // last: stopped first, while the rest still lives
};

}  // namespace qdb::cli
