#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/session.hpp"
#include "migrate/runner.hpp"
#include "base/error.hpp"
#include "output/json.hpp"

namespace qdb::cli {

void setup_migrate(CLI::App& command, Invocation& invocation) {
  command.add_flag("--dry-run", invocation.dry_run, "List the migrations that would be applied; change nothing");
  add_lock_timeout_option(command, invocation);
}

int run_migrate(Context& context) {
  os::System& clock = context.system;
  const double started = clock.now();
  MigrationReader reader(context);
  auto [settings, database] = connect_while_reading(context, reader, context.profile.create_database);
  // The first queries overlap the reading of a long history; the files are waited for when the
  // run needs them.
  std::vector<migrate::Migration> migrations;
  auto local = [&]() -> const std::vector<migrate::Migration>& {
    migrations = reader.get(context.profile.create_database);
    context.console.info("Database " + settings.redacted_url + ", schema \"" + settings.schema + "\"");
    return migrations;
  };

  migrate::RunOptions options = run_options(context);
  options.dry_run = context.invocation.dry_run;
  options.lock_per_transaction = settings.set_search_path;  // ?pgbouncer=true
  ConsoleObserver observer(context.console);
  util::SystemRandomSource random;
  migrate::RunResult result = migrate::run_migrations(*database, local, options, observer, clock, random);
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
