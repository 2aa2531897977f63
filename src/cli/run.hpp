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
};

/// Runs `qdb <args...>` (args without the program name) and returns the exit code.
/// Never throws: every failure is printed and mapped to its documented exit code. With --json,
/// stdout gets exactly one JSON document (docs/json-output.md), on success and on failure.
int run_cli(const std::vector<std::string>& args, Environment& environment);

}  // namespace qdb::cli
