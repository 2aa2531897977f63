#include <optional>

#include "cli/commands.hpp"
#include "cli/database_schema.hpp"
#include "cli/dev_loop.hpp"
#include "cli/session.hpp"
#include "cli/shadow_database.hpp"
#include "migrate/plan.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {
namespace {

// The most serious finding decides the exit code: a failed migration blocks deploys, drift means
// the files no longer describe the database, pending is the ordinary "something to deploy".
int status_exit_code(const migrate::Plan& plan) {
  if (!plan.failed.empty()) return exit_code::kStatusFailed;
  if (plan.drifted()) return exit_code::kStatusDrift;
  if (!plan.pending.empty()) return exit_code::kStatusPending;
  return exit_code::kOk;
}

output::Json names(const std::vector<const migrate::Migration*>& list) {
  output::Json a = output::Json::array();
  for (const auto* m : list) a.push_back(m->name);
  return a;
}

void report_plan(output::JsonReport& report, const migrate::Plan& plan, bool has_table, int code) {
  output::Json failed = output::Json::array();
  for (const auto* row : plan.failed) {
    failed.push_back({{"name", row->migration_name},
                      {"started_at", row->started_at},
                      {"logs", row->logs ? output::Json(*row->logs) : output::Json()}});
  }
  output::Json edited = output::Json::array();
  for (const auto& e : plan.edited) edited.push_back(e.migration->name);
  output::Json missing = output::Json::array();
  for (const auto* row : plan.missing) missing.push_back(row->migration_name);
  report.set("up_to_date", code == exit_code::kOk);
  report.set("history_table", has_table);
  report.set("applied", names(plan.applied));
  report.set("pending", names(plan.pending));
  report.set("failed", std::move(failed));
  report.set("edited", std::move(edited));
  report.set("missing", std::move(missing));
  report.set("out_of_order", names(plan.out_of_order));
}

// What the schema, the migrations and the database say about each other: the schema has changes
// no migration holds, or the database differs from what its applied migrations build. Empty when
// they agree. Needs a shadow database (a temporary one, or the configured one).
struct SchemaDrift {
  std::string schema_changes;  // the schema's changes, in words; "" when none
  std::string database_drift;  // the database's changes, in words; "" when none
};

SchemaDrift check_schema(Context& context, const model::Schema& target, const db::ConnectionSettings& settings,
                         const std::vector<migrate::Migration>& migrations, const migrate::Plan& plan,
                         const ReplayOptions& replay) {
  SchemaDrift out;
  const std::string label = display_path(context, context.project.migrations_path);
  // The database's catalog is read (or found unchanged) while the migrations' schema is looked up.
  std::optional<CatalogReadAhead> catalog;
  if (plan.failed.empty()) catalog.emplace(context, settings);
  std::string digest_all;
  ReplayOptions options = replay;
  options.model_digest = &digest_all;
  const model::Schema built_all = schema_of_migrations(context, migrations, label, options);
  out.schema_changes = describe_difference(plan_between(built_all, target, settings.schema));
  if (catalog) {
    std::string digest_applied = digest_all;
    auto applied_only = [&] {
      std::vector<migrate::Migration> applied;
      for (const migrate::Migration* m : plan.applied) applied.push_back(*m);
      options.model_digest = &digest_applied;
      return schema_of_migrations(context, applied, label, options);
    };
    const model::Schema built_applied = plan.pending.empty() ? built_all : applied_only();
    const model::Schema current = catalog->take(built_applied, digest_applied);
    out.database_drift = describe_difference(plan_between(built_applied, current, settings.schema));
  }
  return out;
}

}  // namespace

void setup_status(CLI::App& command, Invocation& invocation) {
  command.add_flag("--schema", invocation.status_schema,
                   "Also compare the schema with the migrations and the database with its migrations (replayed "
                   "into a shadow database); on by default in profiles that allow destructive commands");
  command.add_flag("--no-cache", invocation.no_cache,
                   "Replay the migrations even when the replay cache (.qdb/replay) has their schema");
}

int run_status(Context& context) {
  MigrationReader reader(context);
  auto [settings, database] = connect_while_reading(context, reader, false);
  std::vector<migrate::Migration> migrations = reader.get(false);
  std::vector<db::HistoryRow> history;
  bool has_table = database->history_exists();
  if (has_table) history = database->load_history();
  migrate::Plan plan = migrate::make_plan(migrations, history);
  int code = status_exit_code(plan);
  output::Console& c = context.console;

  // The schema and the database against the migrations: by default where a shadow database may be
  // made on the fly (development), with --schema anywhere (it then needs a configured one).
  SchemaDrift drift;
  const bool check = context.invocation.status_schema || context.profile.allow_destructive;
  if (check) {
    if (!context.profile.allow_destructive && !ShadowDatabase::configured(context)) {
      throw Error(ErrorKind::kConfig,
                  "status --schema in profile \"" + context.profile.name + "\" needs a shadow database",
                  "set [database] shadow_database_url in qdb.toml or SHADOW_DATABASE_URL (docs/shadow-database.md)");
    }
    try {
      if (std::optional<model::Schema> target = project_schema(context)) {
        ReplayOptions replay;
        replay.target_server_version = database->server_info().version;
        drift = check_schema(context, *target, settings, migrations, plan, replay);
      } else if (context.invocation.status_schema) {
        throw Error(ErrorKind::kSchema,
                    "status --schema: no Prisma schema at " + display_path(context, context.project.schema_path),
                    "put schema.prisma there, or set `schema` in qdb.toml");
      }
    } catch (const Error& e) {
      // Asked for: its failure is the command's. By default: the history's status still stands.
      if (context.invocation.status_schema) throw;
      c.warn(std::string("could not compare the schema with the migrations: ") + e.what() +
             (e.hint().empty() ? "" : " (" + e.hint() + ")"));
    }
  }
  if ((!drift.schema_changes.empty() || !drift.database_drift.empty()) && code != exit_code::kStatusFailed) {
    code = exit_code::kStatusDrift;
  }

  c.result(std::to_string(migrations.size()) + " migration(s) found in " +
           display_path(context, context.project.migrations_path));
  c.result("Database " + settings.redacted_url + ", schema \"" + settings.schema + "\"" +
           (has_table ? "" : " (no _prisma_migrations table yet)"));
  c.result("Applied: " + std::to_string(plan.applied.size()) + ", pending: " + std::to_string(plan.pending.size()));
  for (const db::HistoryRow* row : plan.failed) {
    c.error("migration " + row->migration_name + " failed (started " + row->started_at + ")", {},
            row->logs.value_or(""));
  }
  if (!plan.pending.empty()) {
    c.result("Pending migrations:");
    for (const auto* m : plan.pending) c.result("  " + m->name);
  }
  for (const auto& e : plan.edited) c.warn("migration " + e.migration->name + " was modified after it was applied");
  for (const auto* row : plan.missing) {
    c.warn("migration " + row->migration_name + " is applied but missing from " +
           display_path(context, context.project.migrations_path));
  }
  for (const auto* m : plan.out_of_order) c.warn("migration " + m->name + " is pending but sorts before applied ones");
  if (!drift.database_drift.empty()) {
    c.warn("the database has drifted from its migrations (changed outside them); what the applied migrations "
           "build, changed into what the database has:\n" + drift.database_drift +
           "Run `qdb " + context.profile.name + " db reset` to rebuild it from the migrations.");
  }
  if (!drift.schema_changes.empty()) {
    c.warn("the schema has changes that no migration contains:\n" + drift.schema_changes + "Run `qdb " +
           context.profile.name + " db migrate --name ...` to create the migration.");
  }
  switch (code) {
    case exit_code::kOk: c.result_success("Database schema is up to date."); break;
    case exit_code::kStatusPending:
      c.result("Run `qdb " + context.profile.name + " db migrate` to apply the pending migrations.");
      break;
    case exit_code::kStatusFailed:
      c.result("Resolve the failed migration with `qdb " + context.profile.name + " db resolve --rolled-back " +
               plan.failed.front()->migration_name + "` (after undoing what it did) or `--applied " +
               plan.failed.front()->migration_name + "` (after finishing it by hand).");
      break;
    default: c.result("The migrations folder and the database disagree; see the warnings on stderr."); break;
  }

  report_plan(context.report, plan, has_table, code);
  output::Json kinds = output::Json::array();
  if (!plan.edited.empty()) kinds.push_back("edited_migrations");
  if (!plan.missing.empty()) kinds.push_back("missing_migrations");
  if (!plan.out_of_order.empty()) kinds.push_back("out_of_order_migrations");
  if (!drift.database_drift.empty()) kinds.push_back("database");
  if (!drift.schema_changes.empty()) kinds.push_back("schema_changes");
  context.report.set("drift", std::move(kinds));
  context.report.set("schema_checked", check);
  context.report.set("schema_changes", drift.schema_changes);
  context.report.set("database_drift", drift.database_drift);
  return code;
}

}  // namespace qdb::cli
