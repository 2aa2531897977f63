#include <cstdio>

#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "migrate/runner.hpp"
#include "output/error.hpp"
#include "output/json.hpp"

namespace qdb::cli {
namespace {

std::string format_ms(double ms) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
  return buffer;
}

class ConsoleObserver : public migrate::RunObserver {
 public:
  explicit ConsoleObserver(output::Console& console) : console_(console) {}
  void waiting_for_lock(const std::string& holder) override {
    console_.info("Waiting for the migration lock" + (holder.empty() ? std::string() : ", held by " + holder) + " ...");
  }
  void applying(const migrate::Migration& m, bool transactional) override {
    console_.verbose("Applying " + m.name + (transactional ? "" : " (outside a transaction)"));
  }
  void applied(const migrate::Migration& m, double ms) override {
    console_.info("  applied " + m.name + " in " + format_ms(ms));
  }
  void warning(const std::string& message) override { console_.warn(message); }

 private:
  output::Console& console_;
};

double lock_timeout(const Context& context) {
  if (context.invocation.lock_timeout) return *context.invocation.lock_timeout;
  if (context.profile.lock_timeout_seconds) return *context.profile.lock_timeout_seconds;
  return context.project.lock_timeout_seconds;
}

}  // namespace

void setup_migrate(CLI::App& command, Invocation& invocation) {
  command.add_flag("--dry-run", invocation.dry_run, "List the migrations that would be applied; change nothing");
  command.add_option_function<double>(
             "--lock-timeout", [&invocation](const double& s) { invocation.lock_timeout = s; },
             "Seconds to wait for another migrator's lock (default 10, or lock_timeout in qdb.toml)")
      ->type_name("SECONDS")
      ->check(CLI::NonNegativeNumber);
}

int run_migrate(Context& context) {
  migrate::SystemClock clock;
  const double started = clock.now();
  std::vector<migrate::Migration> migrations = load_migrations(context, context.profile.create_database);
  db::ConnectionSettings settings = connection_settings(context);
  std::unique_ptr<db::Database> database = open_database(context, settings);
  context.console.info("Database " + settings.redacted_url + ", schema \"" + settings.schema + "\"");

  migrate::RunOptions options;
  options.lock_timeout_seconds = lock_timeout(context);
  options.dry_run = context.invocation.dry_run;
  options.edited = context.profile.edited;
  options.out_of_order = context.profile.out_of_order;
  options.profile = context.profile.name;
  options.migrations_label = display_path(context, context.project.migrations_path);
  ConsoleObserver observer(context.console);
  util::SystemRandomSource random;
  migrate::RunResult result = migrate::run_migrations(*database, migrations, options, observer, clock, random);
  const double total_ms = (clock.now() - started) * 1000.0;

  if (options.dry_run) {
    if (result.would_apply.empty()) {
      context.console.info("Dry run: nothing to apply; " + std::to_string(result.already_applied) +
                           " migration(s) already applied.");
    } else {
      context.console.info("Dry run: " + std::to_string(result.would_apply.size()) +
                           " migration(s) would be applied:");
      for (const auto& name : result.would_apply) context.console.info("  " + name);
    }
  } else if (result.applied.empty()) {
    context.console.success("Already up to date: " + std::to_string(result.already_applied) +
                            " migration(s) applied, none pending.");
  } else {
    context.console.success("Applied " + std::to_string(result.applied.size()) + " migration(s) in " +
                            format_ms(total_ms) + ".");
  }

  if (context.invocation.global.json) {
    output::Json applied = output::Json::array();
    for (const auto& a : result.applied) {
      output::Json item = output::Json::object();
      item.set("name", a.name);
      item.set("duration_ms", a.milliseconds);
      item.set("transactional", a.transactional);
      applied.push(std::move(item));
    }
    output::Json would = output::Json::array();
    for (const auto& name : result.would_apply) would.push(name);
    output::Json warnings = output::Json::array();
    for (const auto& w : result.warnings) warnings.push(w);
    output::Json doc = output::Json::object();
    doc.set("ok", true);
    doc.set("command", "migrate");
    doc.set("profile", context.profile.name);
    doc.set("database", settings.redacted_url);
    doc.set("schema", settings.schema);
    doc.set("dry_run", options.dry_run);
    doc.set("applied", std::move(applied));
    doc.set("would_apply", std::move(would));
    doc.set("already_applied", result.already_applied);
    doc.set("warnings", std::move(warnings));
    doc.set("duration_ms", total_ms);
    context.out << doc.dump(true) << '\n';
  }
  return exit_code::kOk;
}

}  // namespace qdb::cli
