// `qdb <profile> db resolve --applied NAME | --rolled-back NAME` (prisma migrate resolve).
#include <optional>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/session.hpp"
#include "migrate/plan.hpp"
#include "migrate/runner.hpp"
#include "base/error.hpp"
#include "db/scope_guards.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {
namespace {

const migrate::Migration& find_local(const Context& context, const std::vector<migrate::Migration>& migrations,
                                     const std::string& name) {
  for (const auto& m : migrations) {
    if (m.name == name) return m;
  }
  throw Error(ErrorKind::kUsage,
              "migration \"" + name + "\" is not in " + display_path(context, context.project.migrations_path),
              "give the name of a migration folder, e.g. `qdb " + context.profile.name + " db resolve --applied " +
                  (migrations.empty() ? std::string("20250101000000_init") : migrations.back().name) +
                  "`; `qdb " + context.profile.name + " db status` lists them");
}

}  // namespace

void setup_resolve(CLI::App& command, Invocation& invocation) {
  auto* applied = command.add_option("--applied", invocation.resolve_applied,
                                     "Record migration NAME as applied without running it (after finishing it by "
                                     "hand, or to baseline an existing database)")
                      ->type_name("MIGRATION");
  auto* rolled_back = command.add_option("--rolled-back", invocation.resolve_rolled_back,
                                         "Mark the failed migration NAME as rolled back, so the next migrate runs "
                                         "it again")
                          ->type_name("MIGRATION");
  applied->excludes(rolled_back);
  rolled_back->excludes(applied);
  add_lock_timeout_option(command, invocation);
}

int run_resolve(Context& context) {
  const bool as_applied = !context.invocation.resolve_applied.empty();
  const std::string& name = as_applied ? context.invocation.resolve_applied : context.invocation.resolve_rolled_back;
  if (name.empty()) {
    throw Error(ErrorKind::kUsage, "resolve needs --applied NAME or --rolled-back NAME",
                "run `qdb " + context.profile.name + " db resolve --help`");
  }
  context.report.set("migration", name);
  context.report.set("resolved_as", as_applied ? "applied" : "rolled_back");
  std::vector<migrate::Migration> migrations = load_migrations(context, false);
  const migrate::Migration& migration = find_local(context, migrations, name);
  db::ConnectionSettings settings = connection_settings(context);
  std::unique_ptr<db::Database> database = open_database(context, settings);
  migrate::require_writable(database->server_info());

  ConsoleObserver observer(context.console, context.report);
  os::System& clock = context.system;
  // Through PgBouncer (?pgbouncer=true) a session may span several server connections, so an
  // unlock could run on another one than the lock: everything then happens in one transaction
  // that holds the lock until it ends.
  const bool one_transaction = settings.set_search_path;
  std::optional<db::UnlockOnExit> unlock;
  db::RollbackOnExit rollback_on_exit(*database);
  if (one_transaction) {
    database->begin();
    migrate::acquire_transaction_lock(*database, lock_timeout(context), observer, clock);
  } else {
    migrate::acquire_lock(*database, lock_timeout(context), observer, clock);
    unlock.emplace(*database);
  }
  std::vector<db::HistoryRow> history;
  const bool has_table = database->history_exists();
  if (has_table) history = database->load_history();
  bool failed = false;
  bool applied = false;
  bool rolled_back = false;
  for (const auto& row : history) {
    if (row.migration_name != name) continue;
    failed = failed || row.failed();
    applied = applied || row.applied();
    rolled_back = rolled_back || row.rolled_back;
  }
  const std::string where = "in " + settings.redacted_url + ", schema \"" + settings.schema + "\"";

  int rolled_back_rows = 0;
  if (as_applied) {
    if (applied) {
      throw Error(ErrorKind::kDatabaseState, "migration " + name + " is already recorded as applied " + where,
                  "nothing to resolve; `qdb " + context.profile.name + " db status` shows the history");
    }
    if (!has_table) database->create_history();
    util::SystemRandomSource random;
    if (!one_transaction) database->begin();
    try {
      // As Prisma does: the failed attempt stays in the history, rolled back, beside the applied row.
      if (failed) rolled_back_rows = database->mark_rolled_back(name);
      database->insert_applied(util::uuid_v4(random), name, migration.checksum);
      database->commit();
    } catch (...) {
      database->rollback();
      throw;
    }
    context.console.result_success("Recorded migration " + name + " as applied" +
                                   (failed ? " (its failed attempt is marked rolled back)" : " without running it") + ".");
  } else {
    if (!failed) {
      throw Error(ErrorKind::kDatabaseState,
                  "migration " + name + " cannot be marked rolled back: it is not recorded as failed " + where,
                  applied       ? "it is applied; to undo it, write a new migration that reverses it"
                  : rolled_back ? "it is already marked rolled back; `qdb " + context.profile.name +
                                      " db migrate` runs it again"
                                : "it has not been run; `qdb " + context.profile.name + " db migrate` applies it");
    }
    rolled_back_rows = database->mark_rolled_back(name);
    if (one_transaction) database->commit();
    context.console.result_success("Marked migration " + name + " as rolled back; `qdb " + context.profile.name +
                                   " db migrate` runs it again.");
  }

  context.report.set("rows_rolled_back", rolled_back_rows);
  return exit_code::kOk;
}

}  // namespace qdb::cli
