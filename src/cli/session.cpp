#include "cli/session.hpp"


#include "cli/connect_wait.hpp"
#include "cli/progress.hpp"
#include "config/database_url.hpp"
#include "config/environment.hpp"
#include "local/server.hpp"
#include "migrate/lock_file.hpp"
#include "migrate/migration_dir.hpp"
#include "util/heap.hpp"
#include "util/keep_until_exit.hpp"
#include "util/real_file_system.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"

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
  // With --url the variable is only a name in messages: the schema need not be read for it.
  const std::string variable =
      context.invocation.global.url.empty() ? url_variable(context) : context.project.url_variable;
  config::DiskFileReader files;
  config::Environment environment = config::Environment::load(
      context.project.root, context.profile.node_env,
      [&context](std::string_view name) { return context.env(std::string(name)); }, files, context.project.env_files);
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
  context.report.set_database(s.redacted_url, s.schema);
  return s;
}

std::unique_ptr<db::Maintenance> maintenance_for_missing_database(Context& context,
                                                                 const db::ConnectionSettings& settings,
                                                                 const Error& failure) {
  if (failure.kind() != ErrorKind::kConnection || !context.maintenance || settings.database.empty()) throw failure;
  std::unique_ptr<db::Maintenance> maintenance;
  try {
    maintenance = context.maintenance(settings);
  } catch (const Error&) {
    // The original error says more than a second failure on the maintenance database would.
    throw failure;
  }
  if (maintenance->database_exists(settings.database)) throw failure;
  return maintenance;
}

namespace {

// Connects; when the database itself is missing and `create_missing` is set, creates it through
// the maintenance database and connects again.
std::unique_ptr<db::Database> connect_or_create(Context& context, const db::ConnectionSettings& settings,
                                                bool create_missing) {
  try {
    return context.connector(settings);
  } catch (const Error& e) {
    if (!create_missing) throw;
    std::unique_ptr<db::Maintenance> maintenance = maintenance_for_missing_database(context, settings, e);
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

MigrationReader::MigrationReader(Context& context) : context_(context) {
  const std::filesystem::path root = context.project.root;
  const std::string relative = std::filesystem::relative(context.project.migrations_path, root).string();
  // Discovery is pure (no console, no writes), so it can run beside the connection attempt.
  directory_ = std::async(std::launch::async, [root, relative] {
    util::RealFileSystem fs;
    return migrate::discover_migrations(fs, root, relative);
  });
}

void MigrationReader::wait() {
  if (!dir_) dir_ = directory_.get();
}

void MigrationReader::throw_if_invalid() {
  wait();
  if (!has_errors(dir_->diagnostics)) return;
  util::RealFileSystem fs;
  std::string detail;
  for (const Diagnostic& d : dir_->diagnostics) {
    std::string source;
    if (d.line > 0) source = fs.read_file(context_.project.root / d.file).bytes;
    detail += format_diagnostic(d, source) + "\n";
  }
  throw Error(ErrorKind::kMigrationFiles,
              "the migrations folder " + display_path(context_, context_.project.migrations_path) + " has errors",
              "fix the files named below; nothing was applied", detail);
}

std::vector<migrate::Migration> MigrationReader::get(bool create_lock_file) {
  throw_if_invalid();
  if (!dir_->exists) {
    context_.console.warn("no migrations folder at " + display_path(context_, context_.project.migrations_path) +
                          " (set `migrations` in qdb.toml if it lives elsewhere)");
  } else if (dir_->lock_file.state == migrate::LockFileStatus::State::kMissing) {
    if (create_lock_file) {
      util::RealFileSystem fs;
      auto written = fs.write_file_atomically(context_.project.root / dir_->lock_file.path, migrate::render_lock_file());
      if (!written.ok) {
        throw Error(ErrorKind::kMigrationFiles, "cannot create " + dir_->lock_file.path + ": " + written.error);
      }
      context_.console.info("Created " + dir_->lock_file.path);
    } else {
      context_.console.verbose(dir_->lock_file.path + " is missing; `qdb dev db migrate` creates it");
    }
  }
  return std::move(dir_->migrations);
}

std::vector<migrate::Migration> load_migrations(Context& context, bool create_lock_file) {
  return MigrationReader(context).get(create_lock_file);
}

Connected connect_while_reading(Context& context, MigrationReader& reader, bool create_missing) {
  try {
    Connected c;
    c.settings = connection_settings(context);
    c.database = open_database(context, c.settings, create_missing);
    return c;
  } catch (const Error&) {
    // A broken migrations folder is the first thing to fix, whatever the server said.
    reader.throw_if_invalid();
    throw;
  }
}

void release_schema(Context& context, prisma::LoadResult&& schema) {
  // Freeing a schema of 2000 models piece by piece is 11 M of 193 M instructions of
  // generate-types, and made it 5-19% slower in alternating runs (docs/performance.md).
  if (context.exits_after_run) util::keep_until_exit(std::move(schema));
  else schema = prisma::LoadResult();
}

std::vector<std::filesystem::path> schema_files(Context& context) {
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
  return files;
}

std::vector<prisma::SourceFile> read_schema_files(Context& context, const std::vector<std::filesystem::path>& files) {
  util::RealFileSystem fs;
  std::vector<prisma::SourceFile> sources;
  std::size_t total = 0;
  for (const auto& file : files) {
    util::ReadResult read = fs.read_file(file);
    if (!read.ok) throw Error(ErrorKind::kSchema, "cannot read " + display_path(context, file) + ": " + read.error);
    total += read.bytes.size();
    sources.push_back({display_path(context, file), std::move(read.bytes)});
  }
  // Loading takes about twenty times the schema's size in small pieces. For 2000 models this
  // takes 1,400 page faults instead of 7,900, and without it `validate` took about twice as
  // long in alternating runs (docs/performance.md). Schemas under about 350 KB are left alone,
  // so a test process that drives run_cli is not affected.
  util::prepare_heap_for(total * 24);
  return sources;
}

prisma::LoadResult load_schema(Context& context) {
  return prisma::load_schema(read_schema_files(context, schema_files(context)));
}

std::string display_path(const Context& context, const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path relative = std::filesystem::relative(path, context.cwd, ec);
  if (ec || relative.empty()) return path.string();
  return relative.string();
}

}  // namespace qdb::cli
