#include "base/error.hpp"
#include "cli/database_schema.hpp"
#include "cli/dev_loop.hpp"
#include "cli/shadow_database.hpp"
#include "cli/commands.hpp"
#include "cli/generate_types.hpp"
#include "cli/session.hpp"
#include "codegen/cpp.hpp"
#include "codegen/typescript.hpp"
#include "output/json_report.hpp"
#include "os/system.hpp"

namespace qdb::cli {
namespace {

std::vector<Output> render(const Context& context, const prisma::Schema& schema, bool from_db) {
  const config::GenerateConfig& g = context.project.generate;
  // The generated files name their source in their header.
  std::string label = from_db ? "the database (generate-types --from-db)" : display_path(context, context.project.schema_path);
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
                   "Write nothing; exit 15 when a generated file is missing or out of date, 14 when the schema has "
                   "changes no migration contains (for CI)");
  command.add_flag("--from-db", invocation.types_from_db,
                   "Generate from the database's tables (the schema `db pull --print` shows) instead of the schema");
}

std::vector<Output> write_generated_types(Context& context, bool check) {
  const bool from_db = context.invocation.types_from_db;
  prisma::LoadResult schema = from_db ? load_pulled_schema(context) : load_schema(context);
  report_schema(context, schema);
  if (!schema.ok()) {
    throw invalid_schema(context, schema, "; nothing was generated",
                         from_db ? "the schema db pull makes of this database is not valid: see docs/pull.md for "
                                   "what is not covered yet"
                                 : "fix the problems listed, or run `qdb dev db validate` for the full report");
  }
  std::vector<Output> outputs = render(context, schema.schema, from_db);
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
      context.console.result(shown + " is up to date");
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
      if (!written.ok) throw Error(ErrorKind::kFileWrite, "cannot write " + shown + ": " + written.error,
                                   "check the path set in [generate] of qdb.toml and the folder's permissions");
      o.status = "written";
      context.console.result_success("Wrote " + shown);
    }
  }
  if (stale) context.console.info("Run `qdb dev db generate-types` and commit the result.");
  return outputs;
}

namespace {

// Types must not describe columns that no migration creates: when a shadow database is
// configured, or in a development profile with DATABASE_URL set (never the local server started
// for this, never a temporary database on a production server), the schema is compared with what
// the migrations build. Returns whether they differ.
bool schema_ahead_of_migrations(Context& context) {
  context.report.set("migrations_checked", false);
  context.report.set("schema_changes", "");
  std::optional<model::Schema> target;
  try {
    target = project_schema(context);
    if (!target) return false;
    if (!ShadowDatabase::configured(context)) {
      if (!context.profile.allow_destructive) return false;
      try {
        connection_settings(context, /*allow_local_server=*/false);
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::kConfig) throw;
        context.console.verbose("The schema was not compared with the migrations: no database is configured");
        return false;
      }
    }
    const model::Schema built = schema_of_migrations(context, context.project.migrations_path);
    context.report.set("migrations_checked", true);
    const std::string words = describe_difference(plan_between(built, *target, "public"));
    context.report.set("schema_changes", words);
    if (words.empty()) return false;
    context.console.warn("the schema has changes that no migration contains, so the types describe what the "
                         "database will not have:\n" + words + "Run `qdb dev db migrate --name ...` to create the migration.");
    return true;
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kSchema) throw;
    context.console.warn(std::string("could not compare the schema with the migrations: ") + e.what());
    return false;
  }
}

}  // namespace

int run_generate_types(Context& context) {
  context.report.set("check", context.invocation.check);

  std::vector<Output> outputs = write_generated_types(context, context.invocation.check);
  bool stale = false;
  for (const Output& o : outputs) stale = stale || o.status == "stale" || o.status == "missing";
  output::Json files = output::Json::array();
  for (const Output& o : outputs) files.push_back({{"path", display_path(context, o.path)}, {"status", o.status}});
  context.report.set("files", std::move(files));
  // Types from the database describe what it has: there is no schema to hold against the migrations.
  const bool ahead = !context.invocation.types_from_db && schema_ahead_of_migrations(context);
  if (stale) return exit_code::kStale;
  return ahead && context.invocation.check ? exit_code::kStatusDrift : exit_code::kOk;
}

}  // namespace qdb::cli
