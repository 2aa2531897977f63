#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/invocation.hpp"

namespace qdb::cli {

class Context;

/// One `qdb <profile> db <name>` command.
struct Command {
  std::string name;
  std::string summary;
  /// Drops or rewrites data or schema: refused in profiles with allow_destructive = false,
  /// before anything is connected to or read.
  bool destructive = false;
  /// Adds the command's own options to its CLI11 subcommand.
  std::function<void(CLI::App&, Invocation&)> setup;
  /// Runs the command; returns the process exit code or throws qdb::Error.
  std::function<int(Context&)> run;
};

/// Every command qdb implements, in the order `--help` lists them.
const std::vector<Command>& command_table();

/// The command called `name`, or nullptr.
const Command* find_command(const std::string& name);

}  // namespace qdb::cli
