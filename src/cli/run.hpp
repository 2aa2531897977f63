#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "cli/context.hpp"

namespace qdb::cli {

/// The outside world a qdb process sees. `main` fills it with the real system and the PostgreSQL
/// backend; unit tests with test::MemorySystem and fake connectors.
struct Environment {
  os::System& system;          // files, environment variables, processes, the clock
  std::filesystem::path cwd;   // where qdb was started
  db::Connector connector;
  db::MaintenanceConnector maintenance;
  std::ostream& out;  // stdout
  std::ostream& err;  // stderr
  /// True only in the qdb process itself (main), which exits right after run_cli: large
  /// results may then be left to the operating system instead of being freed one by one
  /// (util::keep_until_exit). Tests that drive run_cli leave it false, so all is freed.
  bool exits_after_run = false;
  /// Reads a database's catalog (`db diff` from a database or from migrations). Last, so that
  /// an Environment without it still lists the members above in order.
  db::CatalogConnector catalog = {};
};

/// Runs `qdb <args...>` (args without the program name) and returns the exit code.
/// Never throws: every failure is printed and mapped to its documented exit code. With --json,
/// stdout gets exactly one JSON document (docs/json-output.md), on success and on failure.
int run_cli(const std::vector<std::string>& args, Environment& environment);

}  // namespace qdb::cli
