#include "cli/database_schema.hpp"

#include "base/error.hpp"
#include "cli/session.hpp"
#include "cli/shadow_database.hpp"
#include "inspect/build_schema.hpp"
#include "migrate/runner.hpp"
#include "util/uuid.hpp"

namespace qdb::cli {
namespace {

// Which schemas to read: a multiSchema datasource's list, else the one schema of the URL. Objects
// in the URL's schema are named "" in the model, as lowering names what `@@schema` puts in the
// default schema; the others keep their schema's name.
inspect::BuildOptions scope(Context& context, const db::ConnectionSettings& settings) {
  inspect::BuildOptions options;
  options.default_schema = settings.schema;
  try {
    prisma::LoadResult schema = load_schema(context);
    if (schema.schema.datasource && !schema.schema.datasource->schemas.empty()) {
      options.namespaces = schema.schema.datasource->schemas;
    }
  } catch (const Error&) {
    // No schema (or a broken one): the URL's schema alone.
  }
  return options;
}

model::Schema inspect_with(Context& context, const db::ConnectionSettings& settings) {
  if (!context.catalog) throw Error(ErrorKind::kInternal, "no catalog reader was given to the command");
  inspect::BuildOptions options = scope(context, settings);
  std::vector<std::string> schemas = options.namespaces;
  if (schemas.empty()) schemas.push_back(settings.schema);
  std::unique_ptr<db::Catalog> catalog = context.catalog(settings);
  db::CatalogRows rows = catalog->read(schemas);
  context.console.verbose("Read the catalog of " + settings.redacted_url + " in " +
                          std::to_string(catalog->queries_sent()) + " queries");
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

}  // namespace

model::Schema inspect_database(Context& context, const std::string& url) {
  return inspect_with(context, settings_for_url(context, url, "--from-url/--to-url"));
}

model::Schema inspect_database(Context& context, const db::ConnectionSettings& settings) {
  return inspect_with(context, settings);
}

std::vector<std::int64_t> count_data(Context& context, const db::ConnectionSettings& settings,
                                     const std::vector<db::DataQuestion>& questions) {
  if (questions.empty()) return {};
  if (!context.catalog) throw Error(ErrorKind::kInternal, "no catalog reader was given to the command");
  return context.catalog(settings)->count(questions);
}

model::Schema schema_of_migrations(Context& context, const std::filesystem::path& migrations_dir) {
  std::vector<migrate::Migration> migrations = read_migrations(context, migrations_dir);
  return schema_of_migrations(context, migrations, display_path(context, migrations_dir));
}

model::Schema schema_of_migrations(Context& context, const std::vector<migrate::Migration>& migrations,
                                   const std::string& label) {
  std::optional<db::ConnectionSettings> configured = ShadowDatabase::configured(context);
  std::optional<db::ConnectionSettings> target;
  if (!configured) target = connection_settings(context);
  ShadowDatabase shadow(context, configured, target);
  {
    std::unique_ptr<db::Database> database = open_database(context, shadow.settings());
    migrate::RunOptions options;
    options.profile = context.profile.name;
    options.migrations_label = label;
    QuietObserver observer(context.console);
    util::SystemRandomSource random;
    try {
      migrate::run_migrations(*database, migrations, options, observer, context.system, random);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kMigrationFailed) throw;
      throw Error(e.kind(), std::string(e.what()) + " (replaying the migrations into the shadow database)",
                  "fix the migration: every migration must apply to an empty database", e.detail());
    }
  }
  return inspect_with(context, shadow.settings());
}

}  // namespace qdb::cli
