// `qdb dev db migrate` with a schema: what `prisma migrate dev` does. Check the history, compare
// the database with what its applied migrations build (drift), apply what is pending, then write
// the migration from the migrations' schema to schema/, ask about the data it would lose, and
// apply it.
#include <algorithm>
#include <optional>
#include <set>

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "cli/database_schema.hpp"
#include "cli/dev_loop.hpp"
#include "cli/generate_types.hpp"
#include "cli/interruption.hpp"
#include "cli/progress.hpp"
#include "cli/seed.hpp"
#include "cli/session.hpp"
#include "db/scope_guards.hpp"
#include "diff/data_loss.hpp"
#include "diff/render_sql.hpp"
#include "migrate/checksum.hpp"
#include "migrate/lock_file.hpp"
#include "migrate/migration_name.hpp"
#include "migrate/runner.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {
namespace {

// Drift: the database differs from what its applied migrations build. On a terminal the user may
// reset the database there and then; otherwise the run stops (exit 9) before anything changes.
// A database that has applied no migration at all was made by other means (another tool, SQL by
// hand): the way to keep its data is a baseline, which the hint names before the reset.
bool handle_drift(Context& context, const diff::Plan& drift, const db::ConnectionSettings& settings,
                  bool has_history) {
  static constexpr const char* kBaseline = "docs/dev-workflow.md, \"Adopting an existing database\"";
  const std::string words = describe_difference(drift);
  context.report.set("drift", words);
  context.console.warn(
      "Drift detected: the database schema is not in sync with the migration history.\n"
      "What the applied migrations build, changed into what the database has:\n" + words);
  const std::string what = "database " + settings.redacted_url + ", schema \"" + settings.schema + "\"";
  const std::string reset = "qdb " + context.profile.name + " db reset";
  if (!context.system.stdin_is_terminal()) {
    throw Error(ErrorKind::kDatabaseState,
                "the database has drifted from its migrations; nothing was changed",
                has_history ? "run `" + reset + "` to drop the data and re-apply the migrations, or "
                              "undo the change made outside the migrations"
                            : std::string("to keep the data, baseline the database (") + kBaseline + "); or run `" +
                                  reset + "` to drop it and apply the migrations");
  }
  if (!has_history) {
    context.console.warn(
        std::string("The database has applied no migration: to keep its data, answer no and make what it has the "
                    "first migration, marked applied (a baseline: ") + kBaseline + ").");
  }
  context.console.ask("Reset " + what + " to its migrations? All data will be lost. [y/N] ");
  if (!said_yes(context.system.read_line())) {
    throw Error(ErrorKind::kAborted, "reset declined; nothing was changed",
                has_history ? "run `" + reset + "` when the data may go"
                            : std::string("baseline the database (") + kBaseline + "), or run `" + reset +
                                  "` when the data may go");
  }
  return true;
}

std::string migration_name(Context& context) {
  const Invocation& invocation = context.invocation;
  std::string given;
  if (invocation.migration_name) {
    given = *invocation.migration_name;
  } else if (context.system.stdin_is_terminal()) {
    context.console.ask("Name of the new migration: ");
    given = context.system.read_line().value_or("");
  } else {
    throw Error(ErrorKind::kUsage, "the schema has changes and the new migration needs a name",
                "pass --name NAME (e.g. --name add_user_email)");
  }
  std::string name = migrate::normalize_migration_name(given);
  if (name.empty()) {
    throw Error(ErrorKind::kUsage, "the migration name \"" + given + "\" has no letter or digit",
                "pass --name with a name such as add_user_email");
  }
  return name;
}

std::string folder_label(const Context& context) { return display_path(context, context.project.migrations_path); }

// Writes `plan` as a new migration after `migrations` (with migration_lock.toml for a project's
// first), named as the user says; returns it as read back from its file.
migrate::Migration write_migration(Context& context, const diff::Plan& plan,
                                   const std::vector<migrate::Migration>& migrations) {
  os::System& system = context.system;
  const std::string name = migration_name(context);
  // A new migration sorts after every other, also within the second of the last one.
  const long long stamp =
      migrate::next_migration_time(system.unix_time(), migrations.empty() ? "" : migrations.back().name);
  const std::string folder = migrate::migration_folder_name(stamp, name);
  const std::filesystem::path dir = context.project.migrations_path / folder;
  if (system.file_type(dir) != os::FileType::kNone) {
    throw Error(ErrorKind::kMigrationFiles, display_path(context, dir) + " exists already; nothing was written",
                "wait a second and run the command again, or choose another name");
  }
  const std::string sql = diff::render_migration(plan);
  os::WriteResult made = system.create_directories(dir);
  if (made.ok) made = system.write_file_atomically(dir / "migration.sql", sql);
  // The first migration of a project comes with the lock file, as Prisma writes it.
  const std::filesystem::path lock = context.project.migrations_path / "migration_lock.toml";
  if (made.ok && system.file_type(lock) == os::FileType::kNone) {
    made = system.write_file_atomically(lock, migrate::render_lock_file());
  }
  if (!made.ok) {
    throw Error(ErrorKind::kFileWrite, "cannot write " + display_path(context, dir / "migration.sql") + ": " + made.error,
                "check that the migrations folder is writable");
  }
  return {folder, display_path(context, dir / "migration.sql"), sql, migrate::checksum_of(sql)};
}

}  // namespace

int run_migrate_dev(Context& context, const model::Schema& target) {
  os::System& system = context.system;
  const Invocation& invocation = context.invocation;
  const double started = system.now();
  const bool create_database = context.profile.create_database;
  MigrationReader reader(context);
  // The development database's catalog, for the drift check, is read while the history is
  // checked and the migrations' schema looked up. Settings that cannot be resolved are reported
  // by connect_while_reading(), after the problems of the migrations folder.
  std::optional<CatalogReadAhead> catalog_read;
  try {
    catalog_read.emplace(context, connection_settings(context));
  } catch (const Error&) {
  }
  auto [settings, database] = connect_while_reading(context, reader, create_database);
  std::vector<migrate::Migration> migrations = reader.get(create_database, /*missing_ok=*/true);
  context.console.info("Database " + settings.redacted_url + ", schema \"" + settings.schema + "\"");
  const db::ServerInfo server = database->server_info();
  migrate::require_writable(server);
  context.report.set("applied", output::Json::array());

  // 1. The history as `migrate` checks it: edited, missing, failed and out-of-order migrations.
  migrate::RunOptions options = run_options(context);
  options.lock_per_transaction = settings.set_search_path;
  ConsoleObserver observer(context.console, context.report, &system);
  util::SystemRandomSource random;
  migrate::RunOptions checking = options;
  checking.dry_run = true;
  const migrate::RunResult checked = migrate::run_migrations(*database, migrations, checking, observer, system, random);
  const std::set<std::string> pending(checked.would_apply.begin(), checked.would_apply.end());
  std::vector<migrate::Migration> applied;
  for (const migrate::Migration& m : migrations) {
    if (!pending.count(m.name)) applied.push_back(m);
  }

  // 2. Drift: what the applied migrations build against what the database has.
  ReplayOptions replay;
  replay.target_server_version = server.version;  // the cache's key, without another connection
  std::string built_digest;
  replay.model_digest = &built_digest;
  const model::Schema built = schema_of_migrations(context, applied, folder_label(context), replay);
  replay.model_digest = nullptr;
  model::Schema current =
      catalog_read ? catalog_read->take(built, built_digest) : inspect_development_database(context, settings);
  bool reset = false;
  const diff::Plan drift = plan_between(built, current, settings.schema);
  if (!drift.empty()) {
    reset = handle_drift(context, drift, settings, !applied.empty());
    migrate::acquire_lock(*database, lock_timeout(context), observer, system);
    db::UnlockOnExit held(*database);
    const std::vector<std::string> dropped = database->empty_schema();
    context.console.info("Reset " + settings.redacted_url + ", schema \"" + settings.schema + "\": dropped " +
                         std::to_string(dropped.size()) + " object(s)");
  }

  // 3. What is pending (everything, after a reset). With nothing pending the history read and
  // checked in step 1 still stands: no second read, and its warnings are not printed twice.
  migrate::RunResult result;
  if (!pending.empty() || reset) {
    InterruptScope interrupts(system, *database);
    migrate::RunOptions applying = options;
    applying.interrupted = interrupts.asker();
    result = migrate::run_migrations(*database, migrations, applying, observer, system, random);
  }
  if (!result.applied.empty() || reset) {
    current = inspect_development_database(context, settings);
    // Free of drift (or just rebuilt), the database now has what all the migrations build.
    remember_schema_of_migrations(context, migrations, replay, current);
  }
  if (reset) {
    Seed seed = invocation.skip_seed ? Seed{} : prepare_seed(context);
    run_seed(context, *database, settings, seed);
  }

  // 4. The schema against what the migrations build.
  const diff::Plan plan = plan_between(current, target, settings.schema);
  context.report.set("created", output::Json());
  if (plan.empty() && !invocation.create_only) {
    if (result.applied.empty()) {
      context.console.result_success("Already in sync, no schema change or pending migration was found.");
    } else {
      context.console.result_success("Applied " + std::to_string(result.applied.size()) +
                                     " migration(s); the database is now in sync with the schema.");
    }
    regenerate_types(context);
    return exit_code::kOk;
  }
  check_data(context, plan, settings, invocation.create_only);
  const migrate::Migration created = write_migration(context, plan, migrations);
  context.report.set("created", created.name);
  if (invocation.create_only) {
    context.console.result_success("Created " + created.path + " without applying it. Edit it if needed, then run `qdb " +
                                   context.profile.name + " db migrate` to apply it.");
    return exit_code::kOk;
  }

  // 5. Apply it, then the types.
  migrations.push_back(created);
  {
    InterruptScope interrupts(system, *database);
    options.interrupted = interrupts.asker();
    result = migrate::run_migrations(*database, migrations, options, observer, system, random);
    options.interrupted = nullptr;
  }
  remember_schema_of_migrations(context, migrations, replay, inspect_development_database(context, settings));
  const double total_ms = (system.now() - started) * 1000.0;
  context.console.result_success("Created and applied " + created.name + " in " + format_ms(total_ms) +
                                 "; the database is now in sync with the schema.");
  regenerate_types(context);
  return exit_code::kOk;
}

}  // namespace qdb::cli
