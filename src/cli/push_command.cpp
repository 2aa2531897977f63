// `qdb <profile> db push`: make the database match schema/ without a migration file (prisma db
// push), for prototyping. Refused in profiles that do not allow destructive commands.
#include "base/error.hpp"
#include "cli/commands.hpp"
#include "cli/database_schema.hpp"
#include "cli/dev_loop.hpp"
#include "cli/progress.hpp"
#include "cli/session.hpp"
#include "db/privilege_hint.hpp"
#include "diff/render_sql.hpp"
#include "migrate/error_position.hpp"
#include "migrate/runner.hpp"
#include "migrate/statement_splitter.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {
namespace {

// The statement of `script` at the server's error position, or the whole script without one.
std::string refused_statement(const std::string& script, int position) {
  if (position <= 0) return script;
  size_t offset = migrate::locate_error_position(script, 0, position).offset;
  for (const migrate::Statement& statement : migrate::split_statements("push", script).statements) {
    if (offset >= statement.offset && offset <= statement.offset + statement.sql.size()) return statement.sql;
  }
  return script;
}

}  // namespace

void setup_push(CLI::App& command, Invocation& invocation) {
  command.add_flag("--accept-data-loss", invocation.accept_data_loss,
                   "Apply changes that drop data without asking (needed without a terminal)");
  command.add_flag("--skip-generate", invocation.skip_generate, "Do not regenerate the types of [generate]");
}

int run_push(Context& context) {
  os::System& system = context.system;
  const double started = system.now();
  std::optional<model::Schema> target = project_schema(context);
  if (!target) {
    throw Error(ErrorKind::kSchema, "no Prisma schema at " + display_path(context, context.project.schema_path),
                "put schema.prisma there, or set `schema` in qdb.toml to the file or folder that holds it");
  }
  const db::ConnectionSettings settings = connection_settings(context);
  std::unique_ptr<db::Database> database = open_database(context, settings, context.profile.create_database);
  migrate::require_writable(database->server_info());
  context.console.info("Database " + settings.redacted_url + ", schema \"" + settings.schema + "\"");

  const model::Schema current = inspect_database(context, settings);
  const diff::Plan plan = plan_between(current, *target, settings.schema);
  context.report.set("changes", plan.steps.size());
  if (plan.empty()) {
    context.console.result_success("The database is already in sync with the schema.");
    regenerate_types(context);
    return exit_code::kOk;
  }
  check_data(context, plan, settings, false);
  const std::string script = diff::render_script(plan);
  context.console.verbose(script);
  // One transaction, unless a step writes its own (removing an enum value).
  const bool own = std::any_of(plan.steps.begin(), plan.steps.end(), [](const diff::Step& s) { return s.own_transaction; });
  if (!own) database->begin();
  if (std::optional<db::SqlFailure> failure = database->execute(script)) {
    database->rollback();
    if (failure->sqlstate == db::kInsufficientPrivilege) {
      const std::string grant = db::missing_privilege_hint(
          failure->message, failure->hint, refused_statement(script, failure->position), database->server_info().user);
      throw Error(ErrorKind::kPermission, "the database refused the change: " + failure->message,
                  grant + (own ? "; the steps before the failing one may have been applied" : "; nothing was changed"),
                  script);
    }
    throw Error(ErrorKind::kMigrationFailed, "the database refused the change: " + failure->message,
                own ? "the steps before the failing one may have been applied; run `qdb " + context.profile.name +
                          " db push` again after fixing the schema"
                    : "nothing was changed; fix the schema and run `qdb " + context.profile.name + " db push` again",
                script);
  }
  if (!own) database->commit();
  context.console.result_success("The database is now in sync with the schema (" + std::to_string(plan.steps.size()) +
                                 " step(s) in " + format_ms((system.now() - started) * 1000.0) + ").");
  regenerate_types(context);
  return exit_code::kOk;
}

}  // namespace qdb::cli
