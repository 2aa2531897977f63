#pragma once

#include <memory>
#include <vector>

#include "cli/context.hpp"
#include "db/database.hpp"
#include "output/error.hpp"
#include "migrate/migration.hpp"
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


/// Reads and checks the migrations folder; prints its diagnostics and throws kMigrationFiles on
/// any error. `create_lock_file` writes a missing migration_lock.toml (the dev profile does).
std::vector<migrate::Migration> load_migrations(Context& context, bool create_lock_file);

/// Reads the schema (a .prisma file, or every .prisma file of a folder in name order) and
/// validates it. Throws kSchema when there is no schema there; diagnostics are returned, not thrown.
prisma::LoadResult load_schema(Context& context);

/// `path` relative to where qdb was started, for messages.
std::string display_path(const Context& context, const std::filesystem::path& path);

}  // namespace qdb::cli
