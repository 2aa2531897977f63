// `qdb <profile> db reset`: empty the target schema, re-apply every migration, seed. When every
// migration and the seed's SQL can run in a transaction, all of it is one transaction.
#include "cli/commands.hpp"
#include "cli/dev_loop.hpp"
#include "cli/generate_types.hpp"
#include "cli/interruption.hpp"
#include "cli/progress.hpp"
#include "cli/seed.hpp"
#include "cli/session.hpp"
#include "migrate/runner.hpp"
#include "migrate/transaction_mode.hpp"
#include "base/error.hpp"
#include "db/scope_guards.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {
namespace {

// Why this reset cannot be one transaction: the first file that cannot run in one, with its
// statement and line; empty when it can.
std::string outside_transaction(const std::vector<migrate::Migration>& migrations, const Seed& seed) {
  for (const migrate::Migration& m : migrations) {
    const migrate::TransactionAnalysis analysis = migrate::analyze_transaction_mode(m);
    if (analysis.reasons.empty()) continue;
    const migrate::TransactionReason& first = analysis.reasons.front();
    return "migration " + m.name + " cannot run in a transaction (" + first.message() + " at " + m.path + ":" +
           std::to_string(first.line) + ")";
  }
  if (std::optional<std::string> reason = seed_outside_transaction(seed)) {
    return "the seed cannot run in a transaction (" + *reason + ")";
  }
  return {};
}

// --force answers every question of reset: the loss of the data, and a reset that cannot be
// undone if it fails (`not_atomic` names why).
void confirm(Context& context, const db::ConnectionSettings& settings, const std::string& not_atomic) {
  const std::string what = "database " + settings.redacted_url + ", schema \"" + settings.schema + "\"";
  if (!not_atomic.empty()) {
    context.console.warn(not_atomic + ", so this reset cannot be undone if it fails: the schema would stay emptied "
                                      "or partly migrated");
  }
  if (context.invocation.force) return;
  if (!context.system.stdin_is_terminal()) {
    throw Error(ErrorKind::kAborted,
                "reset needs confirmation and standard input is not a terminal; nothing was changed",
                "pass --force to reset " + what + " without asking");
  }
  context.console.ask("Reset " + what + "? All data will be lost" +
                      (not_atomic.empty() ? "" : ", and a failure cannot be undone") + ". [y/N] ");
  if (!said_yes(context.system.read_line())) throw Error(ErrorKind::kAborted, "reset declined; nothing was changed");
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
std::vector<std::string> empty_schema(db::Database& database, InterruptScope& interrupts, bool in_transaction) {
  try {
    return in_transaction ? database.empty_schema_in_transaction() : database.empty_schema();
  } catch (const Error& e) {
    const int signal = interrupts.received();
    if (signal == 0) throw;
    throw Error(kind_for_signal(signal),
                "interrupted by " + signal_name(signal) + " while emptying the schema; nothing was dropped");
  }
}

// What a reset did, for the summary line.
struct ResetDone {
  size_t applied = 0;
};

// Empties, replays and seeds (the seed's SQL; a command runs after) in one transaction: whatever
// fails, or a signal, leaves the database exactly as it was.
ResetDone reset_in_one_transaction(Context& context, db::Database& database, const db::ConnectionSettings& settings,
                                   const std::vector<migrate::Migration>& migrations, const Seed& seed,
                                   ConsoleObserver& observer, InterruptScope& interrupts) {
  database.begin();
  db::RollbackOnExit rollback(database);
  try {
    std::vector<std::string> dropped = empty_schema(database, interrupts, true);
    context.report.set("dropped", dropped);
    context.console.info("Reset database " + settings.redacted_url + ", schema \"" + settings.schema +
                         "\": dropped " + std::to_string(dropped.size()) + " object(s), in one transaction with the replay" +
                         (seed.kind == Seed::Kind::kSql ? " and the seed" : ""));
    for (const auto& object : dropped) context.console.verbose("  dropped " + object);
    migrate::RunOptions options = run_options(context);
    options.interrupted = interrupts.asker();
    options.in_open_transaction = true;
    util::SystemRandomSource random;
    migrate::RunResult result = migrate::run_migrations(database, migrations, options, observer, context.system, random);
    if (seed.kind == Seed::Kind::kSql) run_seed(context, database, settings, seed, interrupts.asker(), true);
    database.commit();
    return {result.applied.size()};
  } catch (const Error& e) {
    const int signal = interrupts.received();
    if (signal == 0) throw;
    throw Error(kind_for_signal(signal), "interrupted by " + signal_name(signal) +
                                             ": the reset was rolled back; the database is as it was before it");
  }
}

// The way for migrations that cannot run in a transaction: emptied, then replayed as migrate
// applies, then seeded; a failure leaves what was done so far.
ResetDone reset_step_by_step(Context& context, db::Database& database, const db::ConnectionSettings& settings,
                             const std::vector<migrate::Migration>& migrations, const Seed& seed,
                             ConsoleObserver& observer, InterruptScope& interrupts) {
  std::vector<std::string> dropped = empty_schema(database, interrupts, false);
  context.report.set("dropped", dropped);
  context.console.info("Reset database " + settings.redacted_url + ", schema \"" + settings.schema + "\": dropped " +
                       std::to_string(dropped.size()) + " object(s)");
  for (const auto& object : dropped) context.console.verbose("  dropped " + object);
  migrate::RunOptions options = run_options(context);
  options.interrupted = interrupts.asker();
  util::SystemRandomSource random;
  migrate::RunResult result = migrate::run_migrations(database, migrations, options, observer, context.system, random);
  if (seed.kind == Seed::Kind::kSql) run_seed(context, database, settings, seed, interrupts.asker());
  return {result.applied.size()};
}

// Ctrl-C at a terminal reaches the command too, which then fails: that is the signal's doing.
void run_seed_command(Context& context, db::Database& database, const db::ConnectionSettings& settings,
                      const Seed& seed, InterruptScope& interrupts) {
  try {
    run_seed(context, database, settings, seed);
  } catch (const Error& e) {
    const int signal = interrupts.received();
    if (signal == 0) throw;
    throw Error(kind_for_signal(signal), "interrupted by " + signal_name(signal) +
                                             " during the seed command; the migrations were applied");
  }
}

}  // namespace

void setup_reset(CLI::App& command, Invocation& invocation) {
  command.add_flag("-f,--force", invocation.force,
                   "Do not ask for confirmation, also when a migration cannot run in a transaction so that a "
                   "failed reset cannot be undone (needed without a terminal)");
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
  const std::string not_atomic = outside_transaction(migrations, seed);
  confirm(context, settings, not_atomic);
  std::unique_ptr<db::Database> database = open_database(context, settings, context.profile.create_database);
  migrate::require_writable(database->server_info());

  ConsoleObserver observer(context.console, context.report, &context.system);
  InterruptScope interrupts(context.system, *database);
  migrate::acquire_lock(*database, lock_timeout(context), observer, clock, interrupts.asker());
  // Held for the whole reset; released after the transaction has ended, either way.
  db::UnlockOnExit held(*database);
  // Set now, so that a reset that fails still reports them; `dropped` is filled in place.
  context.report.set("dropped", output::Json::array());
  context.report.set("applied", output::Json::array());
  context.report.set("seed", seed.kind == Seed::Kind::kSql       ? output::Json("sql")
                             : seed.kind == Seed::Kind::kCommand ? output::Json("command")
                                                                 : output::Json());
  context.report.set("atomic", not_atomic.empty());
  const ResetDone done =
      not_atomic.empty() ? reset_in_one_transaction(context, *database, settings, migrations, seed, observer, interrupts)
                         : reset_step_by_step(context, *database, settings, migrations, seed, observer, interrupts);
  // The command connects on its own and must see the committed tables: it runs last, apart.
  if (seed.kind == Seed::Kind::kCommand) run_seed_command(context, *database, settings, seed, interrupts);
  regenerate_types_after_reset(context);
  const double total_ms = (clock.now() - started) * 1000.0;
  context.console.result_success("Reset complete: applied " + std::to_string(done.applied) + " migration(s)" +
                                 (seed.kind == Seed::Kind::kNone ? "" : " and the seed") + " in " + format_ms(total_ms) + ".");

  return exit_code::kOk;
}

}  // namespace qdb::cli
