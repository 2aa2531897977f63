#pragma once

#include <filesystem>
#include <map>
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

/// Runs the qdb binary built with this test suite. NO_COLOR is set so output is plain.
ProcessResult run_qdb(const std::vector<std::string>& args, const ProcessOptions& options = {});

}  // namespace qdb::test
