#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"

namespace qdb::cli {

void report_schema(Context& context, const prisma::LoadResult& schema) {
  context.report.set("schema_path", display_path(context, context.project.schema_path));
  context.report.set_diagnostics(schema.diagnostics);
}

LocatedError invalid_schema(const Context& context, const prisma::LoadResult& schema, const std::string& outcome,
                            const std::string& hint) {
  Diagnostic first;
  for (const Diagnostic& d : schema.diagnostics) {
    if (d.severity != Diagnostic::Severity::kError) continue;
    first = d;
    break;
  }
  return LocatedError(ErrorKind::kSchema,
                      "the schema at " + display_path(context, context.project.schema_path) + " is not valid" + outcome,
                      hint, schema.format_diagnostics(), first.file, first.line, first.column);
}

int run_validate(Context& context) {
  prisma::LoadResult schema = load_schema(context);
  report_schema(context, schema);
  if (!schema.ok()) {
    throw invalid_schema(context, schema, "", "fix the problems listed; docs/schema-language.md says what is supported");
  }
  const std::string where = display_path(context, context.project.schema_path);
  if (!schema.diagnostics.empty()) context.console.info(schema.format_diagnostics());
  context.console.result_success("The schema at " + where + " is valid: " +
                                 std::to_string(schema.schema.models.size()) + " model(s), " +
                                 std::to_string(schema.schema.enums.size()) + " enum(s).");
  context.report.set("models", schema.schema.models.size());
  context.report.set("enums", schema.schema.enums.size());
  release_schema(context, std::move(schema));
  return exit_code::kOk;
}

}  // namespace qdb::cli
