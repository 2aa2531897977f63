#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "migrate/runner.hpp"

namespace qdb::cli {

/// "12 ms", "3.4 ms".
std::string format_ms(double ms);

/// "2 s", "0.5 s".
std::string format_seconds(double seconds);

/// Shows the runner's progress on the console, and lists each migration in the --json report's
/// `applied` array as soon as it is applied, so that a run that fails later still reports what
/// it applied. (A command that applies sets the array first, so that it is there when empty.)
class ConsoleObserver : public migrate::RunObserver {
 public:
  ConsoleObserver(output::Console& console, output::JsonReport& report);
  void waiting_for_lock(const std::string& holder) override;
  void applying(const migrate::Migration& m, bool transactional) override;
  void applied(const migrate::Migration& m, double ms) override;
  void warning(const std::string& message) override { console_.warn(message); }

 private:
  output::Console& console_;
  output::JsonReport& report_;
  bool transactional_ = true;  // of the migration being applied
};

/// --lock-timeout, else the profile's lock_timeout, else [database] lock_timeout (default 10 s).
double lock_timeout(const Context& context);

/// The runner's options from the profile and the command line, shared by migrate and reset:
/// lock timeout, edited / out-of-order policies, profile name, migrations folder as shown.
migrate::RunOptions run_options(const Context& context);

/// Adds --lock-timeout to a command that takes the migration lock.
void add_lock_timeout_option(CLI::App& command, Invocation& invocation);

}  // namespace qdb::cli
