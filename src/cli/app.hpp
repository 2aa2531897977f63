#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/invocation.hpp"
#include "config/project_config.hpp"

namespace qdb::cli {

/// Builds the whole command tree `qdb <profile> db <command>` for the project's profiles.
/// After `app.parse(...)`, `invocation` holds the chosen profile, command and options.
void build_cli(CLI::App& app, Invocation& invocation, const config::ProjectConfig& project);

/// The first word of `args` that names a profile (skipping global options and their values),
/// or empty when there is none. Used to give a precise message for an unknown profile.
std::string find_profile_word(const std::vector<std::string>& args);

}  // namespace qdb::cli
