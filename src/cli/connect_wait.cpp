#include "cli/connect_wait.hpp"

#include <algorithm>

#include "cli/progress.hpp"

namespace qdb::cli {

WaitOutcome retry_connection(const std::function<void()>& attempt, double timeout_seconds, os::System& clock,
                             const std::function<void(const Error&)>& on_retry) {
  const double start = clock.now();
  double pause = 0.1;
  WaitOutcome outcome;
  for (;;) {
    ++outcome.attempts;
    try {
      attempt();
      outcome.waited_seconds = clock.now() - start;
      return outcome;
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kConnection) throw;
      double left = start + timeout_seconds - clock.now();
      if (left <= 0) {
        if (outcome.attempts == 1 && timeout_seconds <= 0) throw;
        throw Error(ErrorKind::kConnection, std::string(e.what()) + " (waited " + format_seconds(timeout_seconds) + ")",
                    e.hint(), e.detail());
      }
      if (outcome.attempts == 1) on_retry(e);
      clock.sleep(std::min(pause, left));
      pause = std::min(pause * 2, 1.0);
    }
  }
}

}  // namespace qdb::cli
