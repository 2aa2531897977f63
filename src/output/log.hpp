#pragma once

namespace qdb::output {

/// Sets up the diagnostic log (spdlog) on stderr: silent by default, `debug` with -vv, `trace`
/// (every statement sent) with -vvv. Lines are prefixed with the time and level. User-facing
/// messages go through Console, not here; the log is for finding out what qdb did and how long
/// each step took. Nothing logged contains a password.
void init_logging(int verbosity);

}  // namespace qdb::output
