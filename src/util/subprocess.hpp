#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace qdb::util {

struct CommandOptions {
  std::filesystem::path cwd;                  // empty: ours
  std::map<std::string, std::string> env;     // set on top of our environment
  /// true: the child's stdout and stderr are collected into CommandResult::output.
  /// false: both go to our stderr (stdout stays free for data such as --json).
  bool capture = true;
};

struct CommandResult {
  int exit_code = 0;   // the exit status, or 128 + signal number
  std::string output;  // stdout and stderr interleaved, when captured
};

/// Runs `argv[0]` (looked up in PATH) with the rest of `argv` as arguments, standard input
/// /dev/null, and waits for it. Throws qdb::Error(kInternal) when no process can be started;
/// a program that does not exist exits with 127.
CommandResult run_command(const std::vector<std::string>& argv, const CommandOptions& options = {});

}  // namespace qdb::util
