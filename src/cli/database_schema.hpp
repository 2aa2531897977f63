#pragma once

#include <filesystem>
#include <future>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "db/catalog.hpp"
#include "cli/replay_cache.hpp"
#include "inspect/build_schema.hpp"
#include "migrate/migration.hpp"
#include "model/schema.hpp"

namespace qdb::cli {

// The schemas that only a PostgreSQL server can produce, for `db diff` (and the dev loop):
// what a live database has, and what a migrations folder builds when replayed.

/// Connects to `url` (a DATABASE_URL-style URL; its ?schema= names the schema, default public)
/// and inspects it into a model, in a fixed number of catalog queries. Throws kConfig for a bad
/// URL, kConnection when the server cannot be reached; the password never appears in messages.
model::Schema inspect_database(Context& context, const std::string& url);

/// How schema_of_migrations() may use the replay cache (cli/replay_cache.hpp).
struct ReplayOptions {
  /// false: always replay (the cache is neither read nor written). `--no-cache`
  /// (Invocation::no_cache) turns the cache off as well, whatever this says.
  bool use_cache = true;
  /// PostgreSQL's server_version of the target server (db::ServerInfo::version), for a caller
  /// that holds a connection to it already: the cache key needs the server's major version, and
  /// without this one more connection asks for it. Not used when a shadow database is
  /// configured, since the migrations are then replayed on that one's server.
  std::optional<std::string> target_server_version;
  /// When set, receives model_digest() of the model returned (from the cache entry on a hit).
  std::string* model_digest = nullptr;
};

/// Replays every migration in `migrations_dir` into a shadow database and inspects the result.
/// First it looks in the replay cache (`.qdb/replay/` of the project): when the same qdb, the
/// same major version of the replaying server and the same inspected schemas replayed the same
/// migrations (names and checksums) before, the model stored then is returned without a shadow
/// database. After a replay the model is stored there; failing to read or write the cache never
/// fails the call (with -v it is said why). The shadow database is a temporary database on the server of the configured URL, or the one
/// `shadow_database_url` / SHADOW_DATABASE_URL / the datasource's shadowDatabaseUrl names; a
/// temporary one is always dropped, also after an error and on SIGINT/SIGTERM. Throws
/// kMigrationFiles for a bad folder, kMigrationFailed when a migration fails in the shadow
/// database, kDatabaseState when the role may not create databases (naming the setting to use).
model::Schema schema_of_migrations(Context& context, const std::filesystem::path& migrations_dir,
                                   const ReplayOptions& options = {});

/// The same for migrations already read (`label` names their folder in messages): the dev loop
/// replays the applied ones only.
model::Schema schema_of_migrations(Context& context, const std::vector<migrate::Migration>& migrations,
                                   const std::string& label, const ReplayOptions& options = {});

/// inspect_database for settings already made (the development database of the dev loop), of
/// as much of the catalog as `scope` asks for (db::ReadScope: everything by default).
model::Schema inspect_database(Context& context, const db::ConnectionSettings& settings,
                               const db::ReadScope& scope = {});

/// The dev loop's read of the development database's catalog, for the drift check, started on
/// another thread at construction on a connection of its own, so that the server reads while
/// the caller checks the history and reads the migrations and the replay cache. With the
/// replay cache on, it first asks the catalog's fingerprint (db::Catalog::fingerprint): when it
/// is the one recorded the last time the catalog was read (`.qdb/replay/catalogs`) and that read
/// gave the model the migrations build, the catalog is not read again. Only a head start: when
/// the thread fails, take() reads on the calling thread, where a failure is reported as usual.
class CatalogReadAhead {
 public:
  struct Result {
    bool unchanged = false;  // the fingerprint is the memo's; `rows` were not read
    db::CatalogRows rows;
    int queries = 0;
  };

  CatalogReadAhead(Context& context, const db::ConnectionSettings& settings);
  ~CatalogReadAhead();
  CatalogReadAhead(const CatalogReadAhead&) = delete;
  CatalogReadAhead& operator=(const CatalogReadAhead&) = delete;

  /// The database's model as inspect_development_database() returns it: `built` itself when the
  /// catalog is unchanged since it was read as the model whose digest is `built_digest` (see
  /// ReplayOptions::model_digest; "" never matches). Call it once.
  model::Schema take(const model::Schema& built, const std::string& built_digest);

 private:
  void remember(const model::Schema& schema, const std::string& fingerprint);

  Context& context_;
  db::ConnectionSettings settings_;
  inspect::BuildOptions scope_;
  std::string database_;  // the memo's name for this database and scope; "" with --no-cache
  std::optional<ReplayCache::CatalogMemo> memo_;
  std::future<Result> result_;
};

/// inspect_database(context, settings), reading the catalog's fingerprint in the same snapshot
/// and recording it with the model's digest for the next CatalogReadAhead (not with --no-cache).
model::Schema inspect_development_database(Context& context, const db::ConnectionSettings& settings);

/// The answers to questions about the rows of the database `settings` point at (one query).
std::vector<std::int64_t> count_data(Context& context, const db::ConnectionSettings& settings,
                                     const std::vector<db::DataQuestion>& questions);

/// Stores `schema` in the replay cache as what `migrations` build, without a replay: the dev loop
/// knows it after applying them to a development database it has just found free of drift. Does
/// nothing with --no-cache, without `options.target_server_version`, or with a configured shadow
/// database (whose server the key would name).
void remember_schema_of_migrations(Context& context, const std::vector<migrate::Migration>& migrations,
                                   const ReplayOptions& options, const model::Schema& schema);

}  // namespace qdb::cli
