#include "cli/interruption.hpp"

#include <chrono>

namespace qdb::cli {

InterruptScope::InterruptScope(os::System& system, db::SqlExecutor& database) : database_(database) {
  watch_ = system.watch_interrupts([this](int signal) { on_signal(signal); });
}

InterruptScope::~InterruptScope() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  watch_.reset();
}

int InterruptScope::received() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (signal_ != 0 && !noticed_) {
    noticed_ = true;
    changed_.notify_all();
  }
  return signal_;
}

// On the watching thread. A cancel request reaches only a statement that is running: one sent
// just before the work sent its next statement would be lost, so it is repeated until the work
// has noticed the signal.
void InterruptScope::on_signal(int signal) {
  std::unique_lock<std::mutex> lock(mutex_);
  signal_ = signal;
  while (!noticed_ && !closing_) {
    database_.cancel();
    changed_.wait_for(lock, std::chrono::milliseconds(500));
  }
}

}  // namespace qdb::cli
