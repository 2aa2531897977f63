#pragma once

#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "migrate/runner.hpp"

namespace qdb::cli {

/// "12 ms", "3.4 ms".
std::string format_ms(double ms);

/// "2 s", "0.5 s".
std::string format_seconds(double seconds);

/// While a long step runs (a migration, the seed), shows that it still runs, on stderr: on a
/// terminal its elapsed time, redrawn in place from 2 s on; otherwise (a CI log) a line every 10 s.
/// Nothing with -q. Between start() and stop() a thread of its own wakes four times a second.
class ProgressTicker {
 public:
  /// `terminal`: whether stderr is one (system.stderr_is_terminal()).
  ProgressTicker(output::Console& console, os::System& clock, bool terminal);
  ~ProgressTicker();
  ProgressTicker(const ProgressTicker&) = delete;
  ProgressTicker& operator=(const ProgressTicker&) = delete;

  /// Starts timing step `what` (e.g. a migration's name), ending the one before.
  void start(const std::string& what);
  /// Ends the step and erases its live line.
  void stop();

  /// What to show `elapsed` seconds into step `what`, or nothing: on a terminal "what: 3 s"
  /// from 2 s on, once per whole second; otherwise "  what still running after 10 s" at each
  /// full 10 s. `shown` is the last second shown (0 at first) and is updated.
  static std::optional<std::string> line_at(const std::string& what, double elapsed, bool terminal, int& shown);

 private:
  void tick(const std::string& what, double started);

  output::Console& console_;
  os::System& clock_;
  const bool terminal_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool running_ = false;
  bool drawn_ = false;  // a live line is on the terminal
  std::thread thread_;
};

/// Shows the runner's progress on the console, and lists each migration in the --json report's
/// `applied` array as soon as it is applied, so that a run that fails later still reports what
/// it applied. (A command that applies sets the array first, so that it is there when empty.)
class ConsoleObserver : public migrate::RunObserver {
 public:
  /// With `system`, a migration that runs long shows that it still runs (ProgressTicker).
  ConsoleObserver(output::Console& console, output::JsonReport& report, os::System* system = nullptr);
  void waiting_for_lock(const std::string& holder) override;
  void applying(const migrate::Migration& m, bool transactional) override;
  void applied(const migrate::Migration& m, double ms) override;
  void applying_together(const std::vector<const migrate::Migration*>& migrations) override;
  void warning(const std::string& message) override { console_.warn(message); }

 private:
  output::Console& console_;
  output::JsonReport& report_;
  bool transactional_ = true;  // of the migration being applied
  std::optional<ProgressTicker> ticker_;
};

/// --lock-timeout, else the profile's lock_timeout, else [database] lock_timeout (default 10 s).
double lock_timeout(const Context& context);

/// The runner's options from the profile and the command line, shared by migrate and reset:
/// lock timeout, edited / out-of-order policies, profile name, migrations folder as shown.
migrate::RunOptions run_options(const Context& context);

/// Adds --lock-timeout to a command that takes the migration lock.
void add_lock_timeout_option(CLI::App& command, Invocation& invocation);

}  // namespace qdb::cli
