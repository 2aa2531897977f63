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
/// Never throws: every failure is printed (and in --json mode also written as JSON on stdout)
/// and mapped to its documented exit code.
int run_cli(const std::vector<std::string>& args, Environment& environment);

}  // namespace qdb::cli
