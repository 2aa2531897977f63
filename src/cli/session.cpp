#include "cli/session.hpp"


#include "cli/connect_wait.hpp"
#include "cli/progress.hpp"
#include "config/database_url.hpp"
#include "config/environment.hpp"
#include "local/server.hpp"
#include "migrate/lock_file.hpp"
#include "migrate/migration_dir.hpp"
#include "util/real_file_system.hpp"
#include "output/error.hpp"

namespace qdb::cli {

namespace {

// The variable that holds the URL: [database] url_env, else the schema datasource's env("..."),
// else DATABASE_URL. A schema that does not load leaves the default: migrations never depend on it.
std::string url_variable(Context& context) {
  if (context.project.url_variable_set) return context.project.url_variable;
  try {
    prisma::LoadResult schema = load_schema(context);
    if (schema.schema.datasource && !schema.schema.datasource->url_env.empty()) {
      return schema.schema.datasource->url_env;
    }
  } catch (const Error&) {
    // No schema: the default variable.
  }
  return context.project.url_variable;
}

std::string local_server_url(Context& context, const std::string& variable) {
  local::RealSystem system;
  local::LocalServer server(system, context.project.root, [&](const std::string& m) { context.console.info(m); });
  bool started = false;
  std::string url = server.start(context.project.local.tcp, &started);
  context.console.info(variable + " is not set: using the project's local PostgreSQL server" +
                       (started ? ", started now" : "") + " (data in " + display_path(context, server.folder()) +
                       "; `qdb " + context.profile.name + " db stop` stops it)");
  return url;
}

}  // namespace

db::ConnectionSettings connection_settings(Context& context) {
  const std::string variable = url_variable(context);
  config::DiskFileReader files;
  config::Environment environment = config::Environment::load(
      context.project.root, context.profile.node_env,
      [&context](std::string_view name) { return context.env(std::string(name)); }, files);
  std::optional<std::string> flag;
  if (!context.invocation.global.url.empty()) flag = context.invocation.global.url;
  // Lines of env files that could not be parsed are skipped, as Prisma's dotenv does, but shown.
  if (!environment.diagnostics().empty()) context.console.warn(environment.format_diagnostics());
  config::SourcedValue url;
  try {
    url = config::resolve_database_url(environment, variable, flag);
  } catch (const Error& e) {
    // Set nowhere: a development profile falls back to the project's own server.
    if (e.kind() != ErrorKind::kConfig || !context.profile.use_local_server) throw;
    url = {local_server_url(context, variable), "the project's local server"};
  }
  config::DatabaseUrl parsed = config::DatabaseUrl::parse(url.value, url.describe(variable));
  context.console.verbose("Using " + url.describe(variable));
  db::ConnectionSettings s;
  s.conninfo = parsed.conninfo();
  s.url = url.value;
  s.redacted_url = parsed.redacted();
  s.schema = context.project.target_schema.value_or(parsed.schema());
  s.password = parsed.password();
  s.database = parsed.parameter("dbname").value_or("");
  s.set_search_path = !parsed.search_path_in_options();
  return s;
}

namespace {

// Connects; when the database itself is missing and `create_missing` is set, creates it through
// the maintenance database and connects again. Any other failure keeps the original error, which
// says more than a second failure on `postgres` would.
std::unique_ptr<db::Database> connect_or_create(Context& context, const db::ConnectionSettings& settings,
                                                bool create_missing) {
  try {
    return context.connector(settings);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kConnection || !create_missing || !context.maintenance || settings.database.empty()) {
      throw;
    }
    std::unique_ptr<db::Maintenance> maintenance;
    try {
      maintenance = context.maintenance(settings);
    } catch (const Error&) {
      throw e;
    }
    if (maintenance->database_exists(settings.database)) throw;
    maintenance->create_database(settings.database);
    context.console.info("Created database \"" + settings.database + "\"");
    return context.connector(settings);
  }
}

}  // namespace

std::unique_ptr<db::Database> open_database(Context& context, const db::ConnectionSettings& settings,
                                            bool create_missing) {
  double wait = context.invocation.global.wait.value_or(0);
  std::unique_ptr<db::Database> database;
  migrate::SystemClock clock;
  WaitOutcome outcome = retry_connection(
      [&] { database = connect_or_create(context, settings, create_missing); }, wait, clock,
      [&](const Error&) {
        context.console.info("Waiting up to " + format_seconds(wait) + " for " + settings.redacted_url + " ...");
      });
  if (outcome.attempts > 1) {
    context.console.info("The server accepts connections (after " + format_seconds(outcome.waited_seconds) + ")");
  }
  return database;
}

std::vector<migrate::Migration> load_migrations(Context& context, bool create_lock_file) {
  util::RealFileSystem fs;
  const std::filesystem::path& root = context.project.root;
  std::string relative = std::filesystem::relative(context.project.migrations_path, root).string();
  migrate::MigrationDirectory dir = migrate::discover_migrations(fs, root, relative);
  if (has_errors(dir.diagnostics)) {
    std::string detail;
    for (const Diagnostic& d : dir.diagnostics) {
      std::string source;
      if (d.line > 0) source = fs.read_file(root / d.file).bytes;
      detail += format_diagnostic(d, source) + "\n";
    }
    throw Error(ErrorKind::kMigrationFiles,
                "the migrations folder " + display_path(context, context.project.migrations_path) + " has errors",
                "fix the files named below; nothing was applied", detail);
  }
  if (!dir.exists) {
    context.console.warn("no migrations folder at " + display_path(context, context.project.migrations_path) +
                         " (set `migrations` in qdb.toml if it lives elsewhere)");
  } else if (dir.lock_file.state == migrate::LockFileStatus::State::kMissing) {
    if (create_lock_file) {
      auto written = fs.write_file_atomically(root / dir.lock_file.path, migrate::render_lock_file());
      if (!written.ok) {
        throw Error(ErrorKind::kMigrationFiles, "cannot create " + dir.lock_file.path + ": " + written.error);
      }
      context.console.info("Created " + dir.lock_file.path);
    } else {
      context.console.verbose(dir.lock_file.path + " is missing; `qdb dev db migrate` creates it");
    }
  }
  return std::move(dir.migrations);
}

prisma::LoadResult load_schema(Context& context) {
  util::RealFileSystem fs;
  const std::filesystem::path& path = context.project.schema_path;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
      if (entry.path().extension() == ".prisma" && entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
  } else if (std::filesystem::is_regular_file(path, ec)) {
    files.push_back(path);
  }
  if (files.empty()) {
    throw Error(ErrorKind::kSchema, "no Prisma schema at " + display_path(context, path),
                "put schema.prisma there, or set `schema` in qdb.toml to the file or folder that holds it");
  }
  std::vector<prisma::SourceFile> sources;
  for (const auto& file : files) {
    util::ReadResult read = fs.read_file(file);
    if (!read.ok) throw Error(ErrorKind::kSchema, "cannot read " + display_path(context, file) + ": " + read.error);
    sources.push_back({display_path(context, file), std::move(read.bytes)});
  }
  return prisma::load_schema(std::move(sources));
}

std::string display_path(const Context& context, const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path relative = std::filesystem::relative(path, context.cwd, ec);
  if (ec || relative.empty()) return path.string();
  return relative.string();
}

void check_writable(db::Database& database) {
  db::ServerInfo server = database.server_info();
  if (server.in_recovery) {
    throw Error(ErrorKind::kDatabaseState,
                "database \"" + server.database + "\" is a read-only hot standby (pg_is_in_recovery() is true)",
                "point DATABASE_URL at the primary server");
  }
  if (server.read_only) {
    throw Error(ErrorKind::kDatabaseState,
                "the session is read-only (default_transaction_read_only is on for role \"" + server.user + "\")",
                "connect with a role or database where writes are allowed, or turn the setting off");
  }
}

}  // namespace qdb::cli
