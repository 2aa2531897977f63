#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace qdb::test {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

struct ProcessOptions {
  std::filesystem::path cwd;                          // empty: inherit
  std::map<std::string, std::optional<std::string>> env;  // set (value) or unset (nullopt) on top of ours
  std::string stdin_text;                             // fed to standard input, then closed
  double timeout_seconds = 120;                       // killed after this; exit_code is then -9
};

/// Runs `program` with `args`, capturing stdout and stderr.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const ProcessOptions& options = {});

/// Runs `program` on a pseudo-terminal, as a person at a terminal would: once the output contains
/// `prompt`, types `answer` and Enter. stdout and stderr arrive merged in `out`.
ProcessResult run_in_terminal(const std::string& program, const std::vector<std::string>& args,
                              const ProcessOptions& options, const std::string& prompt, const std::string& answer);

/// A program running in the background with its stdout and stderr collected, for tests that act
/// on it while it runs (send it a signal). Killed with SIGKILL if still running when destroyed.
class BackgroundProcess {
 public:
  BackgroundProcess(const std::string& program, const std::vector<std::string>& args, const ProcessOptions& options);
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  /// Sends `signal` to the process.
  void signal(int signal);
  /// Waits up to `timeout_seconds` until stderr contains `text`; false when it did not.
  bool wait_for_stderr(const std::string& text, double timeout_seconds);
  /// Waits up to `timeout_seconds` for the process to end (then SIGKILL, exit_code -9).
  ProcessResult wait(double timeout_seconds);

 private:
  // Reads what is available within `wait_ms`; false once both streams are closed.
  bool read_some(int wait_ms);

  int pid_ = -1;
  int out_ = -1;
  int err_ = -1;
  ProcessResult result_;
  bool ended_ = false;
};

/// Starts the qdb binary built with this test suite in the background, NO_COLOR set.
std::unique_ptr<BackgroundProcess> start_qdb(const std::vector<std::string>& args, const ProcessOptions& options = {});

/// Runs the qdb binary built with this test suite. NO_COLOR is set so output is plain.
ProcessResult run_qdb(const std::vector<std::string>& args, const ProcessOptions& options = {});

}  // namespace qdb::test
