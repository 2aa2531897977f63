#pragma once

#include <functional>

#include "migrate/runner.hpp"
#include "base/error.hpp"

namespace qdb::cli {

/// How a wait for the server went.
struct WaitOutcome {
  int attempts = 0;
  double waited_seconds = 0;  // from the first attempt to the successful one
};

/// Calls `attempt` until it returns without throwing a kConnection error, pausing 100 ms after
/// the first failure and doubling the pause up to 1 s, never past `timeout_seconds` after the
/// first attempt. `on_retry` is told about the first failure (to say that qdb is waiting).
/// When the time is up, throws the last kConnection error with " (waited N s)" added to its
/// message. Errors of any other kind pass through at once.
WaitOutcome retry_connection(const std::function<void()>& attempt, double timeout_seconds, os::System& clock,
                             const std::function<void(const Error&)>& on_retry);

}  // namespace qdb::cli
