#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "base/error.hpp"
#include "output/json.hpp"

namespace qdb::cli {
namespace {

output::Json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  output::Json list = output::Json::array();
  for (const Diagnostic& d : diagnostics) {
    output::Json item = output::Json::object();
    item.set("file", d.file);
    item.set("line", d.line);
    item.set("column", d.column);
    item.set("severity", d.severity == Diagnostic::Severity::kError ? "error" : "warning");
    item.set("message", d.message);
    list.push(std::move(item));
  }
  return list;
}

}  // namespace

output::Json schema_report_json(const Context& context, const prisma::LoadResult& schema, const std::string& command) {
  output::Json doc = output::Json::object();
  doc.set("ok", schema.ok());
  doc.set("command", command);
  doc.set("schema", display_path(context, context.project.schema_path));
  doc.set("diagnostics", diagnostics_json(schema.diagnostics));
  if (!schema.ok()) doc.set("exit_code", exit_code_for(ErrorKind::kSchema));
  return doc;
}

int report_invalid_schema(Context& context, const prisma::LoadResult& schema, const std::string& outcome) {
  // Every diagnostic goes out at once; the error line then only sums up.
  context.console.error("the schema at " + display_path(context, context.project.schema_path) + " is not valid" +
                            outcome,
                        "fix the problems listed; docs/schema-language.md says what is supported",
                        schema.format_diagnostics());
  return exit_code_for(ErrorKind::kSchema);
}

int run_validate(Context& context) {
  prisma::LoadResult schema = load_schema(context);
  const std::string where = display_path(context, context.project.schema_path);
  if (context.invocation.global.json) context.out << schema_report_json(context, schema, "validate").dump(true) << '\n';
  if (!schema.ok()) {
    return report_invalid_schema(context, schema, "");
  }
  if (!schema.diagnostics.empty()) context.console.info(schema.format_diagnostics());
  context.console.success("The schema at " + where + " is valid: " + std::to_string(schema.schema.models.size()) +
                          " model(s), " + std::to_string(schema.schema.enums.size()) + " enum(s).");
  return exit_code::kOk;
}

}  // namespace qdb::cli
