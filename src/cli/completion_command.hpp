#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "config/project_config.hpp"
#include "os/system.hpp"

namespace qdb::cli {

/// Adds `qdb completion SHELL` to the top of the command tree, so that `qdb --help` lists it and
/// completion offers it. Throws qdb::Error (configuration) when a profile is called "completion".
void add_completion_command(CLI::App& app, const config::ProjectConfig& project);

/// Answers the two requests that are not `<profile> db` commands, before the tree is parsed:
///   - `qdb completion bash|zsh|fish` prints that shell's completion script (exit 0);
///     another or no shell is a usage error (qdb::Error);
///   - `qdb __complete WORDS...` prints the candidates for the last word (see completion.hpp),
///     with `project`'s profiles and migrations; it never fails, so a TAB never prints an error.
/// Returns the exit code when `args` is one of them, nullopt otherwise.
std::optional<int> run_completion_request(const std::vector<std::string>& args, const CLI::App& app,
                                          const config::ProjectConfig& project, const os::System& system,
                                          std::ostream& out);

}  // namespace qdb::cli
