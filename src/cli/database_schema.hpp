#pragma once

#include <filesystem>
#include <string>

#include "cli/context.hpp"
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

}  // namespace qdb::cli
