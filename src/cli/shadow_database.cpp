#include "cli/shadow_database.hpp"

#include <atomic>
#include <cstdlib>

#include "base/error.hpp"
#include "cli/session.hpp"
#include "config/database_url.hpp"
#include "config/environment.hpp"
#include "util/uuid.hpp"

namespace qdb::cli {
namespace {

std::string random_suffix() {
  util::SystemRandomSource random;
  std::uint8_t bytes[6];
  random.fill(bytes);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : bytes) out.append(1, kHex[b >> 4]).append(1, kHex[b & 15]);
  return out;
}

config::Environment load_environment(Context& context) {
  return config::Environment::load(
      context.project.root, context.profile.node_env,
      [&context](std::string_view name) { return context.system.variable(name); }, context.system,
      context.project.env_files);
}

// `env("NAME")` → NAME; anything else is not a reference.
std::optional<std::string> env_reference(const std::string& text) {
  if (text.size() > 7 && text.starts_with("env(\"") && text.ends_with("\")")) return text.substr(5, text.size() - 7);
  return std::nullopt;
}

}  // namespace

db::ConnectionSettings settings_for_url(Context& context, const std::string& url, const std::string& origin) {
  config::DatabaseUrl parsed = config::DatabaseUrl::parse(url, origin);
  db::ConnectionSettings s;
  s.conninfo = parsed.conninfo();
  s.url = url;
  s.redacted_url = parsed.redacted();
  s.schema = context.project.target_schema.value_or(parsed.schema());
  s.password = parsed.password();
  s.database = parsed.parameter("dbname").value_or("");
  s.set_search_path = !parsed.search_path_in_options();
  return s;
}

std::optional<db::ConnectionSettings> ShadowDatabase::configured(Context& context) {
  config::Environment environment = load_environment(context);
  if (const auto& setting = context.project.shadow_database_url) {
    const std::string origin = "shadow_database_url in " + (context.project.file ? display_path(context, *context.project.file) : std::string("qdb.toml"));
    std::optional<std::string> variable = env_reference(*setting);
    if (!variable) return settings_for_url(context, *setting, origin);
    std::optional<config::SourcedValue> value = environment.get(*variable);
    if (!value || value->value.empty()) {
      throw Error(ErrorKind::kConfig, origin + " reads " + *setting + ", and " + *variable + " is not set",
                  "set " + *variable + " to the URL of the shadow database, or remove shadow_database_url to "
                  "replay into a temporary database");
    }
    return settings_for_url(context, value->value, value->describe(*variable));
  }
  if (auto value = environment.get("SHADOW_DATABASE_URL"); value && !value->value.empty()) {
    return settings_for_url(context, value->value, value->describe("SHADOW_DATABASE_URL"));
  }
  // The datasource's shadowDatabaseUrl = env("X") is used when X is set, never required.
  const std::optional<prisma::Datasource>& datasource = project_datasource(context);
  if (datasource && !datasource->shadow_database_url_env.empty()) {
    const std::string& variable = datasource->shadow_database_url_env;
    if (auto value = environment.get(variable); value && !value->value.empty()) {
      return settings_for_url(context, value->value, value->describe(variable));
    }
  }
  return std::nullopt;
}

ShadowDatabase::ShadowDatabase(Context& context, const std::optional<db::ConnectionSettings>& configured,
                               const std::optional<db::ConnectionSettings>& target)
    : context_(context) {
  if (configured) {
    if (target && target->conninfo == configured->conninfo) {
      throw Error(ErrorKind::kConfig, "the shadow database " + configured->redacted_url + " is the database itself",
                  "point shadow_database_url / SHADOW_DATABASE_URL at a separate, disposable database");
    }
    settings_ = *configured;
    std::unique_ptr<db::Database> database = open_database(context, settings_);
    std::vector<std::string> dropped = database->empty_schema();
    context.console.verbose("Emptied schema \"" + settings_.schema + "\" of the shadow database " +
                            settings_.redacted_url + " (" + std::to_string(dropped.size()) + " objects)");
    return;
  }
  if (!target) throw Error(ErrorKind::kInternal, "a shadow database needs a server");
  create_temporary(*target);
}

void ShadowDatabase::create_temporary(const db::ConnectionSettings& target) {
  if (!context_.maintenance) throw Error(ErrorKind::kInternal, "no maintenance connection for a shadow database");
  std::unique_ptr<db::Maintenance> maintenance = context_.maintenance(target);
  if (!maintenance->may_create_databases()) {
    throw Error(ErrorKind::kDatabaseState,
                "the role of " + target.redacted_url +
                    " may not create databases (it lacks CREATEDB), so the migrations cannot be replayed into a "
                    "temporary shadow database",
                "set shadow_database_url in qdb.toml ([database]) or SHADOW_DATABASE_URL to an existing database "
                "the role owns (qdb empties it and never drops it), or grant the role CREATEDB");
  }
  target_ = target;
  temporary_name_ = "qdb_shadow_" + random_suffix();
  // Watch before creating: from here on, Ctrl-C must not leave the database behind.
  watch_signals();
  try {
    maintenance->create_database(temporary_name_);
  } catch (...) {
    // The destructor of an object whose constructor throws does not run: stop the watcher here.
    stop_watching();
    throw;
  }
  context_.console.verbose("Created the temporary shadow database \"" + temporary_name_ + "\"");
  settings_ = target;
  // libpq lets a later keyword override an earlier one.
  settings_.conninfo += " dbname=" + config::quote_conninfo_value(temporary_name_);
  settings_.database = temporary_name_;
  settings_.redacted_url += " (shadow database \"" + temporary_name_ + "\")";
}

// The work a signal calls for (DROP DATABASE) is not async-signal-safe: os::System's watch runs
// it on its own thread, which ends the process after dropping.
void ShadowDatabase::watch_signals() {
  watch_ = context_.system.watch_interrupts([this](int signal) {
    signalled_.store(true);
    context_.console.warn("interrupted: dropping the temporary shadow database \"" + temporary_name_ + "\"");
    try {
      drop();
    } catch (const std::exception& e) {
      context_.console.warn(std::string("could not drop it: ") + e.what());
    }
    std::_Exit(128 + signal);
  });
}

// After a signal the watch drops the database and ends the process: this never returns then.
void ShadowDatabase::stop_watching() { watch_.reset(); }

void ShadowDatabase::drop() { context_.maintenance(*target_)->drop_database(temporary_name_); }

ShadowDatabase::~ShadowDatabase() {
  if (!temporary()) return;
  if (!signalled_.load()) {
    // Signals stay watched while dropping: one now makes the watcher drop and exit instead.
    try {
      drop();
      context_.console.verbose("Dropped the temporary shadow database \"" + temporary_name_ + "\"");
    } catch (const std::exception& e) {
      context_.console.warn("could not drop the temporary shadow database \"" + temporary_name_ + "\": " + e.what() +
                            " (drop it by hand: DROP DATABASE \"" + temporary_name_ + "\")");
    }
  }
  stop_watching();
}

}  // namespace qdb::cli
