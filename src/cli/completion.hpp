#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace qdb::cli {

/// One word the shell may complete to, with the text shells that show descriptions print beside it.
struct CompletionCandidate {
  std::string value;
  std::string description;

  bool operator==(const CompletionCandidate&) const = default;
};

/// What to offer for the word under the cursor.
struct Completion {
  std::vector<CompletionCandidate> candidates;
  /// The word is a path (e.g. `--config FILE`): the shell completes file names itself.
  bool files = false;
};

/// Where the lists that are not part of the command tree come from.
struct CompletionSources {
  /// The migration names on disk, for options whose type name is MIGRATION
  /// (`resolve --applied/--rolled-back`).
  std::function<std::vector<std::string>()> migration_names;
  /// True when `qdb <profile> db <command>` is refused (a destructive command in a profile that
  /// does not allow it): such a command is not offered.
  std::function<bool(const std::string& profile, const std::string& command)> refused;
};

/// Completes the last of `words` (the words after the program name; the last one is the word
/// under the cursor, possibly empty) by walking `root`, the command tree `build_cli` made:
///   - after an option that takes a value, its values: MIGRATION → `sources.migration_names`,
///     FILE → `files`, `{a,b}` → a and b, anything else → nothing;
///   - a word starting with '-' → the long options of the current command and of every command
///     above it (global options are accepted everywhere), and --help;
///   - otherwise → the current command's visible subcommands (but not those `sources.refused`),
///     or the `{a,b}` values of its positional argument.
/// Only candidates that start with the word are returned, in the tree's order. Never throws.
Completion complete(const CLI::App& root, const std::vector<std::string>& words, const CompletionSources& sources);

/// The lines `qdb __complete` prints for `completion`: "value\tdescription" per candidate, and
/// a last line ":files" when the shell should complete file names.
std::string format_completion(const Completion& completion);

}  // namespace qdb::cli
