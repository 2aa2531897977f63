#pragma once

#include <future>
#include <optional>
#include <vector>

#include "cli/context.hpp"
#include "migrate/migration.hpp"
#include "migrate/migration_dir.hpp"

namespace qdb::cli {

/// Reads and hashes the migrations folder on another thread from construction on, so that the
/// reading overlaps with connecting (a no-op `migrate` of a long history spends most of its time
/// on one or the other). Only get() and throw_if_invalid() report to the user, on the caller's thread.
class MigrationReader {
 public:
  explicit MigrationReader(Context& context);

  /// Waits for the read; throws kMigrationFiles with every problem found (file, line, column).
  void throw_if_invalid();
  /// The migrations in order, after throw_if_invalid(). `create_lock_file` writes a missing
  /// migration_lock.toml (the dev profile does); otherwise its absence is only mentioned with -v.
  /// Throws kMigrationFiles when the folder does not exist, unless `missing_ok` (the dev loop,
  /// which creates it with the first migration); kFileWrite when the lock file cannot be written.
  std::vector<migrate::Migration> get(bool create_lock_file, bool missing_ok = false);

 private:
  void wait();
  Context& context_;
  std::future<migrate::MigrationDirectory> directory_;
  std::optional<migrate::MigrationDirectory> dir_;
};

/// Reads and checks the migrations folder on the calling thread (see MigrationReader::get).
std::vector<migrate::Migration> load_migrations(Context& context, bool create_lock_file);

}  // namespace qdb::cli
