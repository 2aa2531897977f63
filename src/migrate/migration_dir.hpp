#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "migrate/migration.hpp"
#include "base/diagnostic.hpp"
#include "os/system.hpp"

namespace qdb::migrate {

/// What was found about migration_lock.toml.
struct LockFileStatus {
  enum class State {
    kMissing,  // no lock file: `dev` creates one, `deploy` carries on without it
    kValid,    // provider = "postgresql"
    kInvalid,  // present but unreadable, not TOML, or another provider (see diagnostics)
  };

  State state = State::kMissing;
  std::string path;                     // relative to the project, e.g. "prisma/migrations/migration_lock.toml"
  std::optional<std::string> provider;  // the provider as written, when there is one
};

/// The migrations folder of a project.
struct MigrationDirectory {
  std::string path;     // relative to the project, as given, e.g. "prisma/migrations"
  bool exists = false;  // false when there is no such folder yet (no migrations, no diagnostics)
  LockFileStatus lock_file;
  /// Every migration folder that has a readable, UTF-8 migration.sql, in byte order of the folder
  /// name. Folders with errors are left out (and reported in diagnostics).
  std::vector<Migration> migrations;
  /// Every problem found, in name order; paths are relative to the project.
  std::vector<Diagnostic> diagnostics;
};

/// Reads `project_root / migrations_dir` through `fs` following Prisma's layout:
///   - every sub-folder is a migration, ordered by the bytes of its full name; folders whose
///     names start with '.' are skipped;
///   - a migration folder must hold a regular file migration.sql that is valid UTF-8; other
///     files in it are ignored, as Prisma ignores them;
///   - migration_lock.toml is parsed (see parse_lock_file) and reported in `lock_file`;
///   - any other regular file at the top level is an error, except dotfiles (.DS_Store, .gitkeep),
///     which are skipped; so is any entry that is neither a file nor a folder.
/// All problems are collected as diagnostics; nothing throws on bad input. The SQL is not
/// lexed here: split_statements reports unterminated strings when the SQL is used.
MigrationDirectory discover_migrations(const os::System& fs, const std::filesystem::path& project_root,
                                       std::string_view migrations_dir);

}  // namespace qdb::migrate
