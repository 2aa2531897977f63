#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/dotenv.hpp"
#include "base/diagnostic.hpp"
#include "os/system.hpp"

namespace qdb::config {

/// A value and where it came from: "--url", "environment" or "<env file>:<line>".
struct SourcedValue {
  std::string value;
  std::string origin;

  /// How messages name the value: "--url" for the flag, otherwise
  /// "<name> (from <origin>)", e.g. "DATABASE_URL (from .env.local:3)".
  std::string describe(std::string_view name) const;

  bool operator==(const SourcedValue&) const = default;
};

/// A variable defined by an env file.
struct FileVariable {
  std::string key;
  SourcedValue value;

  bool operator==(const FileVariable&) const = default;
};

/// The env files read when qdb.toml names none, highest precedence first; `{NODE_ENV}` stands
/// for the NODE_ENV in effect.
inline const std::vector<std::string> kDefaultEnvFiles = {".env.local", ".env.{NODE_ENV}", ".env"};

/// The env files qdb reads from the project root, highest precedence first: `patterns` with
/// `{NODE_ENV}` replaced, each name once (NODE_ENV=local would name .env.local twice).
std::vector<std::string> env_file_names(std::string_view node_env,
                                        const std::vector<std::string>& patterns = kDefaultEnvFiles);

/// The variables qdb sees: the shell environment first, then `.env.local`, `.env.<NODE_ENV>` and
/// `.env` in the project root, each file unable to override what an earlier source set. Inside
/// the files, `${NAME}` sees what outranks the file (shell, then earlier files), then the file's
/// own earlier lines, as dotenv-expand does.
class Environment {
 public:
  /// Reads the env files in `project_root` through `system`; missing files are skipped.
  /// NODE_ENV is the shell's (when set and not empty), else `default_node_env` (the profile's:
  /// "development" for dev, "production" for prod). `shell` looks up the process environment.
  /// Malformed lines are skipped and kept in diagnostics(); they do not throw.
  /// Throws qdb::Error (kConfig) when NODE_ENV cannot name a file or a file cannot be read.
  /// `patterns` are the env files to read (env_files in qdb.toml), highest precedence first.
  static Environment load(const std::filesystem::path& project_root,
                          std::string_view default_node_env, VariableLookup shell,
                          const os::System& system,
                          const std::vector<std::string>& patterns = kDefaultEnvFiles);

  /// The value of `name` and where it came from: the shell environment (origin "environment"),
  /// else the env file with the highest precedence that sets it (origin "<file>:<line>").
  std::optional<SourcedValue> get(std::string_view name) const;

  /// get() as a plain lookup, for expanding `env("NAME")` elsewhere. Valid while this lives.
  VariableLookup lookup() const;

  /// Every variable the env files define, each once, with the value that wins among the files
  /// (files loaded highest precedence first, keys in order of appearance). The shell may still
  /// outrank them: use get() for the effective value.
  const std::vector<FileVariable>& file_variables() const { return file_variables_; }

  /// The NODE_ENV used to pick `.env.<NODE_ENV>`.
  const std::string& node_env() const { return node_env_; }

  /// The env files looked for, highest precedence first.
  const std::vector<std::string>& files_considered() const { return files_considered_; }

  /// The env files that exist, highest precedence first, e.g. {".env.local", ".env"}.
  const std::vector<std::string>& files_read() const { return files_read_; }

  /// Problems found in the env files (errors for skipped lines, warnings for repeated keys).
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  /// diagnostics() rendered with their source lines and carets, passwords in URLs and
  /// `password=` assignments hidden. Empty when there are none.
  std::string format_diagnostics() const;

  /// The same as one line each, `file:line:col: message`, without a label of their own (for a
  /// warning that has one).
  std::string list_diagnostics() const;

  /// Whether a malformed line may set `variable`: its text mentions the name (a line that could
  /// not be read at all may set anything).
  bool malformed_line_may_set(std::string_view variable) const;

 private:
  VariableLookup shell_;
  std::string node_env_;
  std::vector<std::string> files_considered_;
  std::vector<std::string> files_read_;
  std::vector<std::string> file_texts_;  // parallel to files_read_
  std::vector<FileVariable> file_variables_;
  std::vector<Diagnostic> diagnostics_;
};

/// The database URL qdb should use: `url_flag` (origin "--url") when given, else the variable
/// `variable` (DATABASE_URL, or the name in the schema's `env("...")`) from `environment`.
/// Throws qdb::Error (kConfig) when it is set nowhere; the detail then shows the env files'
/// errors, since a malformed line may be the one that was meant to set it.
SourcedValue resolve_database_url(const Environment& environment, std::string_view variable,
                                  const std::optional<std::string>& url_flag);

}  // namespace qdb::config
