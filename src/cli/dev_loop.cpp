#include "cli/dev_loop.hpp"

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "cli/database_schema.hpp"
#include "cli/generate_types.hpp"
#include "diff/data_loss.hpp"
#include "output/json_report.hpp"
#include "cli/session.hpp"
#include "diff/summary.hpp"
#include "prisma/lower.hpp"

namespace qdb::cli {

bool said_yes(const std::optional<std::string>& answer) {
  const std::string a = answer.value_or("");
  return a == "y" || a == "Y" || a == "yes" || a == "Yes" || a == "YES";
}

// What the data says about the plan: steps that would fail stop the run (unless the file is only
// written), data that would be lost needs a yes or --accept-data-loss.
void check_data(Context& context, const diff::Plan& plan, const db::ConnectionSettings& settings, bool create_only) {
  if (plan.warnings.empty()) return;
  const std::vector<std::int64_t> answers =
      count_data(context, settings, diff::data_questions(plan, settings.schema));
  const diff::DataLoss loss = diff::evaluate_data_loss(plan, answers);
  context.report.set("data_loss_warnings", loss.warnings);
  context.report.set("unexecutable", loss.unexecutable);
  if (!loss.unexecutable.empty()) {
    std::string list;
    for (const std::string& step : loss.unexecutable) list += "  - " + step + "\n";
    if (!create_only) {
      throw Error(ErrorKind::kDatabaseState, "the migration cannot be applied to the data in the database; nothing was written",
                  "run `qdb " + context.profile.name + " db migrate --create-only --name ...`, edit the SQL to deal "
                  "with the rows (e.g. fill the column first), then run `qdb " + context.profile.name + " db migrate`",
                  list);
    }
    context.console.warn("These steps cannot be applied to the data in the database as written:\n" + list +
                         "Edit the migration before applying it.");
  }
  if (loss.warnings.empty()) return;
  std::string list;
  for (const std::string& warning : loss.warnings) list += "  - " + warning + "\n";
  context.console.warn("Warnings for the current database:\n" + list);
  if (context.invocation.accept_data_loss) return;
  const std::string question =
      create_only ? "Are you sure you want to create this migration?" : "Are you sure you want to create and apply this migration?";
  if (!context.system.stdin_is_terminal()) {
    throw Error(ErrorKind::kAborted, "the migration may lose data and standard input is not a terminal; nothing was written",
                "read the warnings, then pass --accept-data-loss");
  }
  context.console.ask(question + " [y/N] ");
  if (!said_yes(context.system.read_line())) throw Error(ErrorKind::kAborted, "migration cancelled; nothing was written");
}

// As `prisma migrate dev` runs the generators: the types follow the schema.
void regenerate_types(Context& context) {
  if (context.invocation.skip_generate || (!context.project.generate.typescript && !context.project.generate.cpp)) return;
  write_generated_types(context, false);
}


std::optional<model::Schema> project_schema(Context& context) {
  std::vector<std::filesystem::path> files;
  try {
    files = schema_files(context);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kSchema) return std::nullopt;  // no schema file at all
    throw;
  }
  prisma::LoadResult loaded = prisma::load_schema(read_schema_files(context, files));
  if (!loaded.ok()) {
    throw invalid_schema(context, loaded, "", "fix the problems listed; docs/schema-language.md says what is supported");
  }
  context.datasource = loaded.schema.datasource;
  return prisma::lower(loaded.schema);
}

diff::Plan plan_between(const model::Schema& from, const model::Schema& to, const std::string& default_schema) {
  // The source is always read from a database (the development one, or the migrations replayed):
  // Prisma's migrate dev names its objects with their schema where it does.
  return diff::plan_migration(diff::Side{&from, default_schema, /*inspected=*/true}, diff::Side{&to, default_schema});
}

std::string describe_difference(const diff::Plan& plan) {
  std::string out;
  if (plan.empty()) return out;
  const std::string summary = diff::render_summary(plan);
  size_t start = 0;
  while (start <= summary.size()) {
    size_t end = summary.find('\n', start);
    if (end == std::string::npos) end = summary.size();
    const std::string line = summary.substr(start, end - start);
    if (!line.empty()) out += "  " + line + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace qdb::cli
