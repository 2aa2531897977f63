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

std::string local_server_url(Context& context) {
  local::RealSystem system;
  local::LocalServer server(system, context.project.root, [&](const std::string& m) { context.console.info(m); });
  bool started = false;
  std::string url = server.start(context.project.local.tcp, &started);
  context.console.info(context.project.url_variable + " is not set: using the project's local PostgreSQL server" +
                       (started ? ", started now" : "") + " (data in " + display_path(context, server.folder()) +
                       "; `qdb " + context.profile.name + " db stop` stops it)");
  return url;
}

}  // namespace

db::ConnectionSettings connection_settings(Context& context) {
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
    url = config::resolve_database_url(environment, context.project.url_variable, flag);
  } catch (const Error& e) {
    // Set nowhere: a development profile falls back to the project's own server.
    if (e.kind() != ErrorKind::kConfig || !context.profile.use_local_server) throw;
    url = {local_server_url(context), "the project's local server"};
  }
  config::DatabaseUrl parsed = config::DatabaseUrl::parse(url.value, url.describe(context.project.url_variable));
  context.console.verbose("Using " + url.describe(context.project.url_variable));
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

std::string display_path(const Context& context, const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path relative = std::filesystem::relative(path, context.cwd, ec);
  if (ec || relative.empty()) return path.string();
  return relative.string();
}

}  // namespace qdb::cli
