#include "cli/commands.hpp"
#include "cli/generate_types.hpp"
#include "cli/session.hpp"
#include "codegen/cpp.hpp"
#include "codegen/typescript.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"
#include "os/system.hpp"

namespace qdb::cli {
namespace {

std::vector<Output> render(const Context& context, const prisma::Schema& schema) {
  const config::GenerateConfig& g = context.project.generate;
  std::string label = display_path(context, context.project.schema_path);
  std::vector<Output> outputs;
  if (g.typescript) {
    codegen::TypeScriptOptions options;
    options.runtime = g.runtime == "pg" ? codegen::Runtime::kPg : codegen::Runtime::kPrisma;
    options.kysely = g.kysely;
    options.source_label = label;
    outputs.push_back({*g.typescript, codegen::generate_typescript(schema, options), {}});
  }
  if (g.cpp) {
    codegen::CppOptions options;
    options.namespace_name = g.cpp_namespace;
    options.source_label = label;
    outputs.push_back({*g.cpp, codegen::generate_cpp(schema, options), {}});
  }
  return outputs;
}

}  // namespace

void setup_generate_types(CLI::App& command, Invocation& invocation) {
  command.add_flag("--check", invocation.check,
                   "Write nothing; exit 15 when a generated file is missing or out of date (for CI)");
}

std::vector<Output> write_generated_types(Context& context, bool check) {
  prisma::LoadResult schema = load_schema(context);
  report_schema(context, schema);
  if (!schema.ok()) {
    throw invalid_schema(context, schema, "; nothing was generated",
                         "fix the problems listed, or run `qdb dev db validate` for the full report");
  }
  std::vector<Output> outputs = render(context, schema.schema);
  release_schema(context, std::move(schema));
  if (outputs.empty()) {
    context.console.warn("nothing to generate: [generate] in qdb.toml turns every output off");
  }
  os::System& fs = context.system;
  bool stale = false;
  for (Output& o : outputs) {
    os::ReadResult current = fs.read_file(o.path);
    const std::string shown = display_path(context, o.path);
    if (current.ok && current.bytes == o.text) {
      o.status = "unchanged";
      context.console.info(shown + " is up to date");
    } else if (check) {
      o.status = current.ok ? "stale" : "missing";
      stale = true;
      context.console.warn(shown + (current.ok ? " is out of date" : " is missing"));
    } else {
      fs.create_directories(o.path.parent_path());
      // Written whole or not at all, and only when the text changed, so watchers see one event.
      // Not flushed to disk: the file is derived, and flushing 2 MB took longer than generating it;
      // after a crash of the machine the next run writes it again (`--check` notices).
      os::WriteResult written = fs.write_file_atomically(o.path, o.text, os::Durability::kReplaceable);
      if (!written.ok) throw Error(ErrorKind::kConfig, "cannot write " + shown + ": " + written.error,
                                   "check the path set in [generate] of qdb.toml and the folder's permissions");
      o.status = "written";
      context.console.success("Wrote " + shown);
    }
  }
  if (stale) context.console.info("Run `qdb dev db generate-types` and commit the result.");
  return outputs;
}

int run_generate_types(Context& context) {
  context.report.set("check", context.invocation.check);
  std::vector<Output> outputs = write_generated_types(context, context.invocation.check);
  bool stale = false;
  for (const Output& o : outputs) stale = stale || o.status == "stale" || o.status == "missing";
  output::Json files = output::Json::array();
  for (const Output& o : outputs) files.push_back({{"path", display_path(context, o.path)}, {"status", o.status}});
  context.report.set("files", std::move(files));
  return stale ? exit_code::kStale : exit_code::kOk;
}

}  // namespace qdb::cli
