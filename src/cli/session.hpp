#pragma once

#include <future>
#include <memory>
#include <optional>
#include <vector>

#include "cli/context.hpp"
#include "db/database.hpp"
#include "base/error.hpp"
#include "migrate/migration.hpp"
#include "migrate/migration_dir.hpp"
#include "prisma/load.hpp"

namespace qdb::cli {

/// Where and how to connect: --url, else the URL variable from the shell or the env files.
/// Throws kConfig when no URL is set or it is malformed (naming where it came from).
db::ConnectionSettings connection_settings(Context& context);

/// Connects, retrying for up to --wait seconds while the server does not accept connections.
/// With `create_missing` (profiles with create_database = true), a database that does not exist
/// is created first through the maintenance database. Throws kConnection, or kDatabaseState when
/// the database is missing and the role may not create it.
std::unique_ptr<db::Database> open_database(Context& context, const db::ConnectionSettings& settings,
                                            bool create_missing = false);

/// After `failure` to connect: a connection to the maintenance database when the server is up
/// and only the target database is missing; otherwise rethrows `failure`.
std::unique_ptr<db::Maintenance> maintenance_for_missing_database(Context& context,
                                                                 const db::ConnectionSettings& settings,
                                                                 const Error& failure);


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
  std::vector<migrate::Migration> get(bool create_lock_file);

 private:
  void wait();
  Context& context_;
  std::future<migrate::MigrationDirectory> directory_;
  std::optional<migrate::MigrationDirectory> dir_;
};

/// Reads and checks the migrations folder on the calling thread (see MigrationReader::get).
std::vector<migrate::Migration> load_migrations(Context& context, bool create_lock_file);

/// The settings and the open connection of a command.
struct Connected {
  db::ConnectionSettings settings;
  std::unique_ptr<db::Database> database;
};

/// connection_settings() and open_database() while `reader` reads the migrations folder. When the
/// connection fails and the folder is broken too, the folder's error wins.
Connected connect_while_reading(Context& context, MigrationReader& reader, bool create_missing);

/// The schema's files: the configured .prisma file, or every .prisma file of the configured
/// folder in name order. Throws kSchema when there is none.
std::vector<std::filesystem::path> schema_files(Context& context);

/// The text of each of `files`, named as messages show them (display_path). Throws kSchema when
/// one cannot be read.
std::vector<prisma::SourceFile> read_schema_files(Context& context, const std::vector<std::filesystem::path>& files);

/// Reads the schema (schema_files(), read_schema_files()) and validates it. Throws kSchema when
/// there is no schema there; diagnostics are returned, not thrown.
prisma::LoadResult load_schema(Context& context);

/// Ends the use of a loaded schema: destroys it now, or, when the process exits right after
/// the command (Context::exits_after_run), leaves its memory to the operating system.
void release_schema(Context& context, prisma::LoadResult&& schema);

/// `path` relative to where qdb was started, for messages.
std::string display_path(const Context& context, const std::filesystem::path& path);

}  // namespace qdb::cli
