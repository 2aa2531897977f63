#pragma once

#include <ostream>

namespace qdb::output {

/// Sets up the diagnostic log (spdlog) on `err` (the command's stderr): silent by default,
/// `debug` with -vv, `trace` (every statement sent) with -vvv. Lines are prefixed with the time
/// and level. The log is for finding out what qdb did and how long each step took; what a user
/// asked to see, -v detail included, goes through Console instead (docs/architecture.md,
/// "Output"). Nothing logged contains a password. Replaces the log of an earlier call.
void init_logging(int verbosity, std::ostream& err);

}  // namespace qdb::output
