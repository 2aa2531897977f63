#include "cli/database_schema.hpp"

#include "base/error.hpp"
#include "cli/replay_cache.hpp"
#include "cli/session.hpp"
#include "cli/shadow_database.hpp"
#include "inspect/build_schema.hpp"
#include "migrate/replay.hpp"
#include "migrate/runner.hpp"
#include "qdb/version.hpp"
#include "util/digest.hpp"
#include "util/uuid.hpp"

namespace qdb::cli {
namespace {

// Which schemas to read: a multiSchema datasource's list, else the one schema of the URL. Objects
// in the URL's schema are named "" in the model, as lowering names what `@@schema` puts in the
// default schema; the others keep their schema's name.
inspect::BuildOptions scope(Context& context, const db::ConnectionSettings& settings) {
  inspect::BuildOptions options;
  options.default_schema = settings.schema;
  const std::optional<prisma::Datasource>& datasource = project_datasource(context);
  if (datasource) options.namespaces = datasource->schemas;
  return options;
}

// The PostgreSQL schemas to read: multiSchema's list, else the URL's schema.
std::vector<std::string> schemas_to_read(const db::ConnectionSettings& settings, const inspect::BuildOptions& options) {
  if (options.namespaces.empty()) return {settings.schema};
  return options.namespaces;
}

// `fingerprint`, when given, receives the catalog's fingerprint taken in the same snapshot.
// `scope` says how much to read; a fingerprint is read with everything.
model::Schema inspect_with(Context& context, const db::ConnectionSettings& settings,
                           const inspect::BuildOptions& options, std::string* fingerprint = nullptr,
                           const db::ReadScope& scope = {}) {
  if (!context.catalog) throw Error(ErrorKind::kInternal, "no catalog reader was given to the command");
  std::unique_ptr<db::Catalog> catalog = context.catalog(settings);
  const std::vector<std::string> schemas = schemas_to_read(settings, options);
  db::CatalogRows rows = fingerprint ? catalog->read_fingerprinted(schemas) : catalog->read(schemas, scope);
  context.console.verbose("Read the catalog of " + settings.redacted_url + " in " +
                          std::to_string(catalog->queries_sent()) + " queries");
  if (fingerprint) *fingerprint = rows.fingerprint;
  return inspect::build_schema(rows, options);
}

// The replay reports nothing as it goes: only its failure matters to `db diff`.
class QuietObserver : public migrate::RunObserver {
 public:
  explicit QuietObserver(output::Console& console) : console_(console) {}
  void waiting_for_lock(const std::string&) override {}
  void applying(const migrate::Migration& migration, bool) override {
    console_.verbose("Replaying " + migration.name + " into the shadow database");
  }
  void applied(const migrate::Migration&, double) override {}
  void applying_together(const std::vector<const migrate::Migration*>& migrations) override {
    for (const migrate::Migration* m : migrations) applying(*m, true);
  }
  void warning(const std::string&) override {}

 private:
  output::Console& console_;
};

std::vector<migrate::Migration> read_migrations(Context& context, const std::filesystem::path& dir) {
  if (context.system.file_type(dir) != os::FileType::kDirectory) {
    throw Error(ErrorKind::kMigrationFiles, "no migrations folder at " + display_path(context, dir),
                "name the folder that holds <timestamp>_<name>/migration.sql (or set `migrations` in qdb.toml)");
  }
  // The usual discovery and its messages, pointed at `dir`.
  config::ProjectConfig project = context.project;
  project.migrations_path = std::filesystem::absolute(dir);
  Context inner(context.invocation, project, context.profile, context.console, context.report, context.out, context.system,
                context.connector, context.maintenance);
  inner.catalog = context.catalog;
  inner.cwd = context.cwd;
  return load_migrations(inner, /*create_lock_file=*/false);
}

std::string count_migrations(size_t count) {
  return std::to_string(count) + (count == 1 ? " migration" : " migrations");
}

// The server_version of the server at `settings`, over one short connection. A configured
// shadow database that cannot be reached fails the run here, as the replay would. For the target
// it is nullopt instead (the run goes on without the cache): its server may be up with only the
// database missing, and the temporary shadow database needs nothing but the server.
std::optional<std::string> server_version(Context& context, const db::ConnectionSettings& settings, bool configured) {
  try {
    return open_database(context, settings)->server_info().version;
  } catch (const Error& e) {
    if (configured) throw;
    context.console.verbose(std::string("Replay cache not used: cannot ask the server its version (") + e.what() + ")");
    return std::nullopt;
  }
}

ReplayKey replay_key(const std::vector<migrate::Migration>& migrations, const std::string& server_version,
                     const inspect::BuildOptions& inspected) {
  ReplayKey key;
  // The commit too: between releases the inspector changes, and with it what a replay reads.
  key.qdb_version = std::string(kVersion) + " " + kGitCommit;
  key.server_major = server_major_version(server_version);
  key.default_schema = inspected.default_schema;
  key.namespaces = inspected.namespaces;
  key.migrations.reserve(migrations.size());
  for (const migrate::Migration& m : migrations) key.migrations.emplace_back(m.name, m.checksum);
  return key;
}

// The shadow database is thrown away (or emptied) after the replay, so its commits need not wait
// for the disk: without this each migration's COMMIT waits for a WAL flush, and on a server with
// the default durability that wait was most of a long folder's replay. Behind PgBouncer
// (set_search_path) a SET could outlive the session on a pooled connection, so it is left there.
void skip_commit_flushes(db::Database& database, const db::ConnectionSettings& settings) {
  if (settings.set_search_path) return;
  // A server that refuses it only replays more slowly.
  (void)database.execute("SET synchronous_commit = off");
}

// The shadow database is emptied before and thrown away after: it needs neither the lock nor the
// history, so the files are replayed many to a round trip (migrate::replay_migrations). Behind
// PgBouncer each transaction must set the search_path again, which the ordinary runner does.
void apply_to_shadow(Context& context, db::Database& database, const db::ConnectionSettings& settings,
                     const std::vector<migrate::Migration>& migrations, const migrate::RunOptions& options) {
  QuietObserver observer(context.console);
  if (settings.set_search_path) {
    util::SystemRandomSource random;
    migrate::run_migrations(database, migrations, options, observer, context.system, random);
    return;
  }
  migrate::replay_migrations(database, migrations, options,
                             [&observer](const migrate::Migration& m) { observer.applying(m, true); });
}

// Every migration applied to a shadow database, then the catalog read.
model::Schema replay(Context& context, const std::vector<migrate::Migration>& migrations, const std::string& label,
                     const std::optional<db::ConnectionSettings>& configured,
                     const std::optional<db::ConnectionSettings>& target, const inspect::BuildOptions& inspected) {
  ShadowDatabase shadow(context, configured, target);
  {
    std::unique_ptr<db::Database> database = open_database(context, shadow.settings());
    skip_commit_flushes(*database, shadow.settings());
    migrate::RunOptions options;
    options.profile = context.profile.name;
    options.migrations_label = label;
    try {
      apply_to_shadow(context, *database, shadow.settings(), migrations, options);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kMigrationFailed) throw;
      throw Error(e.kind(), std::string(e.what()) + " (replaying the migrations into the shadow database)",
                  "fix the migration: every migration must apply to an empty database", e.detail());
    }
  }
  return inspect_with(context, shadow.settings(), inspected);
}

}  // namespace

model::Schema inspect_database(Context& context, const std::string& url) {
  const db::ConnectionSettings settings = settings_for_url(context, url, "--from-url/--to-url");
  return inspect_with(context, settings, scope(context, settings));
}

model::Schema inspect_database(Context& context, const db::ConnectionSettings& settings,
                               const db::ReadScope& read) {
  return inspect_with(context, settings, scope(context, settings), nullptr, read);
}

namespace {

// Names a database and what is read of it, for the catalog memo: the connection (its password
// included, so it is only ever written hashed), the inspected schemas and qdb's build.
std::string catalog_key_digest(const db::ConnectionSettings& settings, const inspect::BuildOptions& scope) {
  std::string text = std::string("qdb catalog memo 1\n") + kVersion + " " + kGitCommit + "\n" + settings.conninfo +
                     "\n" + scope.default_schema + "\n";
  for (const std::string& name : scope.namespaces) text += name + "\n";
  return util::sha256_hex(text);
}

bool memo_allowed(const Context& context) { return !context.invocation.no_cache; }

// The thread's work: with a memo, the fingerprint first, and the catalog only when it changed.
CatalogReadAhead::Result read_ahead(const db::CatalogConnector& connect, const db::ConnectionSettings& settings,
                                    const inspect::BuildOptions& options, const std::string& memo_fingerprint,
                                    bool fingerprinted) {
  const std::vector<std::string> schemas = schemas_to_read(settings, options);
  std::unique_ptr<db::Catalog> catalog = connect(settings);
  CatalogReadAhead::Result result;
  if (!memo_fingerprint.empty() && util::sha256_hex(catalog->fingerprint()) == memo_fingerprint) {
    result.unchanged = true;
  } else {
    result.rows = fingerprinted ? catalog->read_fingerprinted(schemas) : catalog->read(schemas);
  }
  result.queries = catalog->queries_sent();
  return result;
}

}  // namespace

CatalogReadAhead::CatalogReadAhead(Context& context, const db::ConnectionSettings& settings)
    : context_(context), settings_(settings), scope_(scope(context, settings)) {
  if (!context.catalog) return;
  if (memo_allowed(context)) {
    database_ = catalog_key_digest(settings_, scope_);
    memo_ = ReplayCache(context.system, context.project.root).catalog_memo(database_);
  }
  // The thread touches nothing of the context but the connector: no console, no system.
  result_ = std::async(std::launch::async, read_ahead, context.catalog, settings_, scope_,
                       memo_ ? memo_->fingerprint_digest : std::string(), memo_allowed(context));
}

CatalogReadAhead::~CatalogReadAhead() {
  // A run that stops early still waits for the thread (std::future's destructor would too), but
  // its failure is of no interest then.
  if (result_.valid()) result_.wait();
}

model::Schema CatalogReadAhead::take(const model::Schema& built, const std::string& built_digest) {
  if (result_.valid()) {
    try {
      Result result = result_.get();
      if (result.unchanged && memo_ && !built_digest.empty() && memo_->model_digest == built_digest) {
        context_.console.verbose("The catalog of " + settings_.redacted_url +
                                 " is unchanged since it was found to be what the migrations build (" +
                                 std::to_string(result.queries) + " query)");
        return built;
      }
      if (!result.unchanged) {
        context_.console.verbose("Read the catalog of " + settings_.redacted_url + " in " +
                                 std::to_string(result.queries) + " queries");
        model::Schema schema = inspect::build_schema(result.rows, scope_);
        remember(schema, result.rows.fingerprint);
        return schema;
      }
      // Unchanged, but it was not what these migrations build: read it for the difference.
    } catch (const Error& e) {
      context_.console.verbose(std::string("Reading the catalog again: ") + e.what());
    } catch (const std::exception& e) {
      context_.console.verbose(std::string("Reading the catalog again: ") + e.what());
    }
  }
  return inspect_development_database(context_, settings_);
}

void CatalogReadAhead::remember(const model::Schema& schema, const std::string& fingerprint) {
  if (database_.empty() || fingerprint.empty()) return;
  ReplayCache(context_.system, context_.project.root)
      .remember_catalog(database_, {util::sha256_hex(fingerprint), model_digest(schema)});
}

model::Schema inspect_development_database(Context& context, const db::ConnectionSettings& settings) {
  const inspect::BuildOptions options = scope(context, settings);
  if (!memo_allowed(context)) return inspect_with(context, settings, options);
  std::string fingerprint;
  model::Schema schema = inspect_with(context, settings, options, &fingerprint);
  ReplayCache(context.system, context.project.root)
      .remember_catalog(catalog_key_digest(settings, options), {util::sha256_hex(fingerprint), model_digest(schema)});
  return schema;
}

std::vector<std::int64_t> count_data(Context& context, const db::ConnectionSettings& settings,
                                     const std::vector<db::DataQuestion>& questions) {
  if (questions.empty()) return {};
  if (!context.catalog) throw Error(ErrorKind::kInternal, "no catalog reader was given to the command");
  return context.catalog(settings)->count(questions);
}

model::Schema schema_of_migrations(Context& context, const std::filesystem::path& migrations_dir,
                                   const ReplayOptions& options) {
  std::vector<migrate::Migration> migrations = read_migrations(context, migrations_dir);
  return schema_of_migrations(context, migrations, display_path(context, migrations_dir), options);
}

model::Schema schema_of_migrations(Context& context, const std::vector<migrate::Migration>& migrations,
                                   const std::string& label, const ReplayOptions& options) {
  std::optional<db::ConnectionSettings> configured = ShadowDatabase::configured(context);
  std::optional<db::ConnectionSettings> target;
  if (!configured) target = connection_settings(context);
  // The replay's server and schema: what the key depends on, known before any replay.
  const db::ConnectionSettings& replaying = configured ? *configured : *target;
  const inspect::BuildOptions inspected = scope(context, replaying);

  std::optional<ReplayCache> cache;
  std::optional<ReplayKey> key;
  if (!options.use_cache || context.invocation.no_cache) {
    context.console.verbose("Replay cache off (--no-cache): replaying " + count_migrations(migrations.size()));
  } else {
    const std::optional<std::string> version =
        configured || !options.target_server_version ? server_version(context, replaying, configured.has_value())
                                                     : options.target_server_version;
    if (version) {
      key = replay_key(migrations, *version, inspected);
      cache.emplace(context.system, context.project.root);
      ReplayLookup found = cache->lookup(*key);
      if (found.schema) {
        context.console.verbose("Replay cache hit: " + display_path(context, found.entry) + " (no replay)");
        if (options.model_digest) *options.model_digest = found.model_digest;
        return std::move(*found.schema);
      }
      if (!found.problem.empty()) {
        context.console.verbose("Replay cache: ignoring " + display_path(context, found.entry) + ": " + found.problem);
      }
      context.console.verbose("Replay cache miss: replaying " + count_migrations(migrations.size()));
    }
  }

  model::Schema schema = replay(context, migrations, label, configured, target, inspected);
  if (options.model_digest) *options.model_digest = model_digest(schema);
  if (cache) {
    const std::string problem = cache->store(*key, schema);
    if (!problem.empty()) context.console.verbose("Replay cache not stored: " + problem);
  }
  return schema;
}

void remember_schema_of_migrations(Context& context, const std::vector<migrate::Migration>& migrations,
                                   const ReplayOptions& options, const model::Schema& schema) {
  if (!options.use_cache || context.invocation.no_cache || !options.target_server_version) return;
  // With a configured shadow database the key names its server, which this caller has not asked.
  if (ShadowDatabase::configured(context)) return;
  const db::ConnectionSettings target = connection_settings(context);
  ReplayCache cache(context.system, context.project.root);
  const std::string problem =
      cache.store(replay_key(migrations, *options.target_server_version, scope(context, target)), schema);
  if (!problem.empty()) context.console.verbose("Replay cache not stored: " + problem);
}

}  // namespace qdb::cli
