// Waiting for the migration lock: polled with backoff until it is free, the timeout passes or a
// signal asks the run to stop.
#include "migrate/lock_wait.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "migrate/runner.hpp"

namespace qdb::migrate {
namespace {

// Polls `attempt` with backoff (50 ms doubling to 1 s) until it succeeds or the timeout passes.
void poll_lock(const std::function<bool()>& attempt, const std::function<std::string()>& lock_holder,
               double timeout_seconds, RunObserver& observer, os::System& clock,
               const std::function<int()>& interrupted) {
  const double deadline = clock.now() + timeout_seconds;
  double pause = 0.05;
  bool told = false;
  while (!attempt()) {
    if (int signal = interrupted ? interrupted() : 0) {
      throw Error(kind_for_signal(signal), "interrupted by " + signal_name(signal) +
                                               " while waiting for the migration lock; nothing was applied");
    }
    std::string holder = lock_holder();
    if (!told) {
      observer.waiting_for_lock(holder);
      told = true;
    }
    double left = deadline - clock.now();
    if (left <= 0) {
      throw Error(ErrorKind::kLockTimeout,
                  "timed out after " + seconds_text(timeout_seconds) +
                      " waiting for the migration lock (advisory lock 72707369)",
                  "another qdb or Prisma migrate is applying migrations to this database: let it finish, or raise "
                  "the wait with --lock-timeout (e.g. 60s) or lock_timeout in qdb.toml",
                  holder.empty() ? "the holder is not visible to this role" : "held by " + holder);
    }
    // A signal is noticed between attempts, at most a second late.
    clock.sleep(std::min(pause, left));
    pause = std::min(pause * 2, 1.0);
  }
}

}  // namespace

std::string seconds_text(double seconds) {
  std::string text = std::to_string(seconds);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text + " s";
}

void acquire_lock(db::MigrationLock& lock, double timeout_seconds, RunObserver& observer, os::System& clock,
                  const std::function<int()>& interrupted) {
  poll_lock([&] { return lock.try_lock(); }, [&] { return lock.lock_holder(); }, timeout_seconds, observer, clock,
            interrupted);
}

void acquire_transaction_lock(db::MigrationLock& lock, double timeout_seconds, RunObserver& observer, os::System& clock,
                              const std::function<int()>& interrupted) {
  poll_lock([&] { return lock.try_lock_in_transaction(); }, [&] { return lock.lock_holder(); }, timeout_seconds,
            observer, clock, interrupted);
}

}  // namespace qdb::migrate
