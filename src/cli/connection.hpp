#pragma once

#include <memory>

#include "base/error.hpp"
#include "cli/context.hpp"
#include "cli/migration_reader.hpp"
#include "db/database.hpp"

namespace qdb::cli {

/// Where and how to connect: --url, else the URL variable from the shell or the env files.
/// Throws kConfig when no URL is set or it is malformed (naming where it came from).
db::ConnectionSettings connection_settings(Context& context, bool allow_local_server = true);

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


/// The settings and the open connection of a command.
struct Connected {
  db::ConnectionSettings settings;
  std::unique_ptr<db::Database> database;
};

/// connection_settings() and open_database() while `reader` reads the migrations folder. When the
/// connection fails and the folder is broken too, the folder's error wins.
Connected connect_while_reading(Context& context, MigrationReader& reader, bool create_missing);

}  // namespace qdb::cli
