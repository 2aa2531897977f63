#include "cli/commands.hpp"
#include "cli/session.hpp"
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

}  // namespace

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
  c.info(std::to_string(migrations.size()) + " migration(s) found in " +
         display_path(context, context.project.migrations_path));
  c.info("Database " + settings.redacted_url + ", schema \"" + settings.schema + "\"" +
         (has_table ? "" : " (no _prisma_migrations table yet)"));
  c.info("Applied: " + std::to_string(plan.applied.size()) + ", pending: " + std::to_string(plan.pending.size()));
  for (const db::HistoryRow* row : plan.failed) {
    c.error("migration " + row->migration_name + " failed (started " + row->started_at + ")", {},
            row->logs.value_or(""));
  }
  if (!plan.pending.empty()) {
    c.info("Pending migrations:");
    for (const auto* m : plan.pending) c.info("  " + m->name);
  }
  for (const auto& e : plan.edited) c.warn("migration " + e.migration->name + " was modified after it was applied");
  for (const auto* row : plan.missing) {
    c.warn("migration " + row->migration_name + " is applied but missing from " +
           display_path(context, context.project.migrations_path));
  }
  for (const auto* m : plan.out_of_order) c.warn("migration " + m->name + " is pending but sorts before applied ones");
  switch (code) {
    case exit_code::kOk: c.success("Database schema is up to date."); break;
    case exit_code::kStatusPending:
      c.info("Run `qdb " + context.profile.name + " db migrate` to apply the pending migrations.");
      break;
    case exit_code::kStatusFailed:
      c.info("Resolve the failed migration with `qdb " + context.profile.name +
             " db resolve --rolled-back NAME` or `--applied NAME`.");
      break;
    default: c.info("The migrations folder and the database disagree; see the warnings above."); break;
  }

  report_plan(context.report, plan, has_table, code);
  return code;
}

}  // namespace qdb::cli
