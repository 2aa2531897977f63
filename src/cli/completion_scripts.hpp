#pragma once

#include <optional>
#include <string>

namespace qdb::cli {

/// The shells `qdb completion` writes a script for, as `{bash,zsh,fish}`.
inline constexpr const char* kCompletionShells[] = {"bash", "zsh", "fish"};

/// The completion script for `shell` ("bash", "zsh" or "fish"), or nullopt for another shell.
/// Every script asks `qdb __complete WORDS...` at each TAB (see completion.hpp), so what it
/// offers is the command tree of the qdb that answers, with the profiles of the qdb.toml found
/// from the current folder and the migrations on disk: it never drifts from the CLI.
std::optional<std::string> completion_script(const std::string& shell);

}  // namespace qdb::cli
