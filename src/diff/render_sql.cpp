#include "diff/render_sql.hpp"

#include "diff/render_statements.hpp"

namespace qdb::diff {

std::string render_script(const Plan& plan) {
  // Like every script, the empty one ends with a line break (the console adds one more).
  if (plan.empty()) return std::string(kEmptyMigration) + "\n";
  std::string script;
  script.reserve(plan.steps.size() * 120);
  bool first = true;
  for (const Step& step : plan.steps) {
    const std::vector<std::string> statements = render_statements(plan, step.change);
    if (statements.empty()) continue;
    // Prisma writes the blank line before a step, so the script ends with its last statement.
    if (!first) script += '\n';
    first = false;
    script.append("-- ").append(step_name(step.change.kind)).append("\n");
    for (const std::string& statement : statements) script.append(statement).append(";\n");
  }
  return script;
}

std::string render_warnings(const Plan& plan) {
  if (plan.warnings.empty()) return "";
  std::string out = "/*\n  Warnings:\n\n";
  for (const Warning& warning : plan.warnings) out.append("  - ").append(warning.message).append("\n");
  return out + "\n*/\n";
}

std::string render_migration(const Plan& plan) {
  // `prisma migrate dev --create-only` writes the empty migration's comment without a line break.
  if (plan.empty()) return kEmptyMigration;
  return render_warnings(plan) + render_script(plan);
}

std::string render_from_empty(const model::Schema& schema, bool create_schemas, const std::string& default_schema) {
  const Side to{&schema, default_schema};
  // Without CREATE SCHEMA the source is a database that has the schemas and nothing else.
  model::Schema bare;
  bare.namespaces = namespaces_of(to);
  const Side from = create_schemas ? Side{nullptr, default_schema} : Side{&bare, default_schema};
  const Plan plan = plan_migration(from, to);
  if (plan.empty()) return "";
  return render_script(plan) + "\n";
}

}  // namespace qdb::diff
