#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace qdb::cli {

/// The outside world a qdb process sees.
struct Environment {
  std::filesystem::path cwd;
  EnvLookup env;
  db::Connector connector;
  db::MaintenanceConnector maintenance;
  std::ostream& out;  // stdout
  std::ostream& err;  // stderr
  /// True only in the qdb process itself (main), which exits right after run_cli: large
  /// results may then be left to the operating system instead of being freed one by one
  /// (util::keep_until_exit). Tests that drive run_cli leave it false, so all is freed.
  bool exits_after_run = false;
};

/// Runs `qdb <args...>` (args without the program name) and returns the exit code.
/// Never throws: every failure is printed and mapped to its documented exit code. With --json,
/// stdout gets exactly one JSON document (docs/json-output.md), on success and on failure.
int run_cli(const std::vector<std::string>& args, Environment& environment);

}  // namespace qdb::cli
