#include "cli/command_table.hpp"
#include "cli/commands.hpp"
#include "cli/dev_loop.hpp"
#include "cli/interruption.hpp"
#include "cli/progress.hpp"
#include "cli/session.hpp"
#include "migrate/runner.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {

void setup_migrate(CLI::App& command, Invocation& invocation) {
  command.add_flag("--dry-run", invocation.dry_run, "List the migrations that would be applied; change nothing");
  command.add_option_function<std::string>(
      "-n,--name", [&invocation](const std::string& v) { invocation.migration_name = v; },
      "Name of the migration the schema's changes go into (dev loop; asked on a terminal when missing)")
      ->type_name("NAME");
  command.add_flag("--create-only", invocation.create_only,
                   "Write the new migration (empty when nothing changed) without applying it, to edit it first");
  command.add_flag("--accept-data-loss", invocation.accept_data_loss,
                   "Apply a migration that drops data without asking (needed without a terminal)");
  command.add_flag("--skip-generate", invocation.skip_generate, "Do not regenerate the types of [generate]");
  command.add_flag("--skip-seed", invocation.skip_seed, "Do not run the [seed] after a reset for drift");
  command.add_flag("--no-cache", invocation.no_cache,
                   "Replay the migrations even when the replay cache (.qdb/replay) has their schema (dev loop)");
  add_lock_timeout_option(command, invocation);
}

int run_migrate(Context& context) {
  // In a profile that may drop data, a project with a schema gets the dev loop (prisma migrate
  // dev); otherwise migrate applies what is pending (prisma migrate deploy).
  const Invocation& invocation = context.invocation;
  const bool dev_flags = invocation.migration_name || invocation.create_only || invocation.accept_data_loss;
  if (context.profile.allow_destructive && !invocation.dry_run) {
    if (std::optional<model::Schema> target = project_schema(context)) return run_migrate_dev(context, *target);
  }
  if (dev_flags) {
    throw Error(ErrorKind::kUsage,
                std::string("--name, --create-only and --accept-data-loss make migrations from the schema: ") +
                    (context.profile.allow_destructive ? "there is no schema file"
                                                       : "profile \"" + context.profile.name + "\" only applies them"),
                "run `qdb dev db migrate --name NAME` with schema/schema.prisma in the project");
  }
  os::System& clock = context.system;
  const double started = clock.now();
  MigrationReader reader(context);
  // A dry run writes nothing at all: no database created, no migration_lock.toml.
  const bool may_write = context.profile.create_database && !invocation.dry_run;
  // Named references rather than a structured binding: the lambda below uses `settings`, and
  // clang before 16 cannot capture a structured binding (the sanitizer and fuzz builds use clang).
  Connected connected = connect_while_reading(context, reader, may_write);
  const db::ConnectionSettings& settings = connected.settings;
  std::unique_ptr<db::Database>& database = connected.database;
  // The first queries overlap the reading of a long history; the files are waited for when the
  // run needs them.
  std::vector<migrate::Migration> migrations;
  auto local = [&]() -> const std::vector<migrate::Migration>& {
    migrations = reader.get(may_write);
    context.console.info("Database " + settings.redacted_url + ", schema \"" + settings.schema + "\"");
    return migrations;
  };

  migrate::RunOptions options = run_options(context);
  options.dry_run = context.invocation.dry_run;
  options.lock_per_transaction = settings.set_search_path;  // ?pgbouncer=true
  context.report.set("dry_run", options.dry_run);
  context.report.set("applied", output::Json::array());
  ConsoleObserver observer(context.console, context.report, &context.system);
  util::SystemRandomSource random;
  InterruptScope interrupts(context.system, *database);
  options.interrupted = interrupts.asker();
  migrate::RunResult result = migrate::run_migrations(*database, local, options, observer, clock, random);
  const double total_ms = (clock.now() - started) * 1000.0;

  if (options.dry_run) {
    if (result.would_apply.empty()) {
      context.console.result("Dry run: nothing to apply; " + std::to_string(result.already_applied) +
                             " migration(s) already applied.");
    } else {
      context.console.result("Dry run: " + std::to_string(result.would_apply.size()) +
                             " migration(s) would be applied:");
      for (const auto& name : result.would_apply) context.console.result("  " + name);
    }
  } else if (result.applied.empty()) {
    context.console.result_success("Already up to date: " + std::to_string(result.already_applied) +
                                   " migration(s) applied, none pending.");
  } else {
    context.console.result_success("Applied " + std::to_string(result.applied.size()) + " migration(s) in " +
                                   format_ms(total_ms) + ".");
  }

  context.report.set("would_apply", result.would_apply);
  context.report.set("already_applied", result.already_applied);
  context.report.set("warnings", result.warnings);
  return exit_code::kOk;
}

}  // namespace qdb::cli
