// `qdb <profile> db reset`: empty the target schema, re-apply every migration, seed.
#include "cli/commands.hpp"
#include "cli/generate_types.hpp"
#include "cli/interruption.hpp"
#include "cli/progress.hpp"
#include "cli/seed.hpp"
#include "cli/session.hpp"
#include "migrate/runner.hpp"
#include "base/error.hpp"
#include "db/scope_guards.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {
namespace {

void confirm(Context& context, const db::ConnectionSettings& settings) {
  if (context.invocation.force) return;
  const std::string what = "database " + settings.redacted_url + ", schema \"" + settings.schema + "\"";
  if (!context.system.stdin_is_terminal()) {
    throw Error(ErrorKind::kAborted,
                "reset needs confirmation and standard input is not a terminal; nothing was changed",
                "pass --force to reset " + what + " without asking");
  }
  context.console.ask("Reset " + what + "? All data will be lost. [y/N] ");
  std::string answer = context.system.read_line().value_or("");
  if (answer != "y" && answer != "Y" && answer != "yes" && answer != "YES" && answer != "Yes") {
    throw Error(ErrorKind::kAborted, "reset declined; nothing was changed");
  }
}

// As `prisma migrate reset` runs the generators: the types follow the schema. A project without
// a schema has nothing to generate; a schema with errors is reported but does not undo the reset.
void regenerate_types_after_reset(Context& context) {
  if (context.invocation.skip_generate) return;
  try {
    write_generated_types(context, false);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kSchema) throw;
    context.console.warn(std::string(e.what()) + (e.detail().empty() ? "" : "\n" + e.detail()));
  }
}

// Emptying runs in one transaction: a signal that cancels it leaves the schema as it was.
std::vector<std::string> empty_schema(db::Database& database, InterruptScope& interrupts) {
  try {
    return database.empty_schema();
  } catch (const Error& e) {
    const int signal = interrupts.received();
    if (signal == 0) throw;
    throw Error(kind_for_signal(signal),
                "interrupted by " + signal_name(signal) + " while emptying the schema; nothing was dropped");
  }
}

}  // namespace

void setup_reset(CLI::App& command, Invocation& invocation) {
  command.add_flag("-f,--force", invocation.force, "Do not ask for confirmation (needed without a terminal)");
  command.add_flag("--skip-seed", invocation.skip_seed, "Do not run the [seed] of qdb.toml");
  command.add_flag("--skip-generate", invocation.skip_generate, "Do not regenerate the types of [generate]");
  add_lock_timeout_option(command, invocation);
}

int run_reset(Context& context) {
  os::System& clock = context.system;
  const double started = clock.now();
  // Everything that can be checked without the database is checked before anything is dropped.
  std::vector<migrate::Migration> migrations = load_migrations(context, context.profile.create_database);
  Seed seed = context.invocation.skip_seed ? Seed{} : prepare_seed(context);
  db::ConnectionSettings settings = connection_settings(context);
  confirm(context, settings);
  std::unique_ptr<db::Database> database = open_database(context, settings, context.profile.create_database);
  migrate::require_writable(database->server_info());

  ConsoleObserver observer(context.console, context.report, &context.system);
  InterruptScope interrupts(context.system, *database);
  migrate::acquire_lock(*database, lock_timeout(context), observer, clock, interrupts.asker());
  // Held for the whole reset; the runner takes and releases it once more inside.
  db::UnlockOnExit held(*database);
  std::vector<std::string> dropped = empty_schema(*database, interrupts);
  context.report.set("dropped", dropped);
  context.console.info("Reset database " + settings.redacted_url + ", schema \"" + settings.schema + "\": dropped " +
                       std::to_string(dropped.size()) + " object(s)");
  for (const auto& object : dropped) context.console.verbose("  dropped " + object);

  migrate::RunOptions options = run_options(context);
  options.interrupted = interrupts.asker();
  context.report.set("applied", output::Json::array());
  util::SystemRandomSource random;
  migrate::RunResult result = migrate::run_migrations(*database, migrations, options, observer, clock, random);
  context.report.set("seed", seed.kind == Seed::Kind::kSql       ? output::Json("sql")
                             : seed.kind == Seed::Kind::kCommand ? output::Json("command")
                                                                 : output::Json());
  run_seed(context, *database, settings, seed, interrupts.asker());
  regenerate_types_after_reset(context);
  const double total_ms = (clock.now() - started) * 1000.0;
  context.console.success("Reset complete: applied " + std::to_string(result.applied.size()) + " migration(s)" +
                          (seed.kind == Seed::Kind::kNone ? "" : " and the seed") + " in " + format_ms(total_ms) + ".");

  return exit_code::kOk;
}

}  // namespace qdb::cli
