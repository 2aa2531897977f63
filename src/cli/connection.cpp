// Where to connect (--url, the shell, env files, the local server) and connecting.
#include "cli/connection.hpp"

#include "base/located_error.hpp"
#include "cli/connect_wait.hpp"
#include "cli/progress.hpp"
#include "cli/schema_files.hpp"
#include "config/database_url.hpp"
#include "config/environment.hpp"
#include "local/server.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {

namespace {

// The variable that holds the URL: [database] url_env, else the schema datasource's env("..."),
// else DATABASE_URL. A schema that does not load leaves the default: migrations never depend on it.
std::string url_variable(Context& context) {
  if (context.project.url_variable_set) return context.project.url_variable;
  const std::optional<prisma::Datasource>& datasource = project_datasource(context);
  if (datasource && !datasource->url_env.empty()) return datasource->url_env;
  return context.project.url_variable;
}

std::string local_server_url(Context& context, const std::string& variable) {
  local::LocalServer server(context.system, context.project.root, [&](const std::string& m) { context.console.info(m); });
  bool started = false;
  std::string url = server.start(context.project.local.tcp, &started);
  context.console.info(variable + " is not set: using the project's local PostgreSQL server" +
                       (started ? ", started now" : "") + " (data in " + display_path(context, server.folder()) +
                       "; `qdb " + context.profile.name + " db stop` stops it)");
  return url;
}

}  // namespace

db::ConnectionSettings connection_settings(Context& context, bool allow_local_server) {
  if (context.resolved_settings && (allow_local_server || !context.resolved_from_local_server)) {
    return *context.resolved_settings;
  }
  // With --url the variable is only a name in messages: the schema need not be read for it.
  const std::string variable =
      context.invocation.global.url.empty() ? url_variable(context) : context.project.url_variable;
  config::Environment environment = config::Environment::load(
      context.project.root, context.profile.node_env,
      [&context](std::string_view name) { return context.system.variable(name); }, context.system,
      context.project.env_files);
  std::optional<std::string> flag;
  if (!context.invocation.global.url.empty()) flag = context.invocation.global.url;
  // A line that could not be parsed is never skipped where it could matter: one that may set the
  // URL's variable would send qdb to another file's (less specific) database, and a profile that
  // may not drop data deploys nothing on a half-read configuration. Elsewhere it is shown and
  // skipped, as Prisma's dotenv skips it.
  if (!environment.diagnostics().empty()) {
    const bool may_set_url = environment.malformed_line_may_set(variable);
    if (may_set_url || !context.profile.allow_destructive) {
      const Diagnostic& first = environment.diagnostics().front();
      throw LocatedError(
          ErrorKind::kConfig,
          first.file + ":" + std::to_string(first.line) + ":" + std::to_string(first.column) +
              ": this line cannot be read" +
              (may_set_url ? ", and it may set " + variable + "; qdb does not fall back to another file for it"
                           : " (profile \"" + context.profile.name + "\" does not skip such lines)"),
          "fix the line (a quote left open, a name with spaces, a missing '='); nothing was changed",
          environment.format_diagnostics(), first.file, first.line, first.column);
    }
    std::string lines = environment.list_diagnostics();
    if (!lines.empty() && lines.back() == '\n') lines.pop_back();
    context.console.warn("skipped env file lines that cannot be read:\n" + lines);
  }
  config::SourcedValue url;
  bool from_local_server = false;
  try {
    url = config::resolve_database_url(environment, variable, flag);
  } catch (const Error& e) {
    // Set nowhere: a development profile falls back to the project's own server.
    if (e.kind() != ErrorKind::kConfig || !context.profile.use_local_server || !allow_local_server) throw;
    url = {local_server_url(context, variable), "the project's local server"};
    from_local_server = true;
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
  context.resolved_settings = s;
  context.resolved_from_local_server = from_local_server;
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
  os::System& clock = context.system;
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

}  // namespace qdb::cli
