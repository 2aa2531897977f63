#pragma once

#include <filesystem>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "db/catalog.hpp"
#include "migrate/migration.hpp"
#include "model/schema.hpp"

namespace qdb::cli {

// The schemas that only a PostgreSQL server can produce, for `db diff` (and the dev loop):
// what a live database has, and what a migrations folder builds when replayed.

/// Connects to `url` (a DATABASE_URL-style URL; its ?schema= names the schema, default public)
/// and inspects it into a model, in a fixed number of catalog queries. Throws kConfig for a bad
/// URL, kConnection when the server cannot be reached; the password never appears in messages.
model::Schema inspect_database(Context& context, const std::string& url);

/// Replays every migration in `migrations_dir` into a shadow database and inspects the result.
/// The shadow database is a temporary database on the server of the configured URL, or the one
/// `shadow_database_url` / SHADOW_DATABASE_URL / the datasource's shadowDatabaseUrl names; a
/// temporary one is always dropped, also after an error and on SIGINT/SIGTERM. Throws
/// kMigrationFiles for a bad folder, kMigrationFailed when a migration fails in the shadow
/// database, kDatabaseState when the role may not create databases (naming the setting to use).
model::Schema schema_of_migrations(Context& context, const std::filesystem::path& migrations_dir);

/// The same for migrations already read (`label` names their folder in messages): the dev loop
/// replays the applied ones only.
model::Schema schema_of_migrations(Context& context, const std::vector<migrate::Migration>& migrations,
                                   const std::string& label);

/// inspect_database for settings already made (the development database of the dev loop).
model::Schema inspect_database(Context& context, const db::ConnectionSettings& settings);

/// The answers to questions about the rows of the database `settings` point at (one query).
std::vector<std::int64_t> count_data(Context& context, const db::ConnectionSettings& settings,
                                     const std::vector<db::DataQuestion>& questions);

}  // namespace qdb::cli
