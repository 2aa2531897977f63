#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/invocation.hpp"
#include "config/project_config.hpp"

namespace qdb::cli {

/// What `qdb --version` prints: "qdb 0.1.0 (git 1a2b3c4d5e6f)", or "qdb 0.1.0" when the binary was
/// built outside a git checkout.
std::string version_text();

/// Builds the whole command tree `qdb <profile> db <command>` for the project's profiles.
/// After `app.parse(...)`, `invocation` holds the chosen profile, command and options.
void build_cli(CLI::App& app, Invocation& invocation, const config::ProjectConfig& project);

/// The words of `args` that are not options or option values: profile, "db", command, ...
/// Used to give precise messages for an unknown profile or command before CLI11 parses.
std::vector<std::string> positional_words(const std::vector<std::string>& args);

}  // namespace qdb::cli
