// A schema file as `validate`, `generate-types`, `diff` and `migrate dev` read it: the lexer,
// parser and validator (prisma::load_schema), and for a schema that validates, everything built
// on it: lowering to the database model, the migration from an empty database, the diff of the
// model with itself, TypeScript and C++ types and the diagram. Promises checked: no crash or
// exception; every diagnostic points into the file; the diagnostics print; a schema with no
// errors lowers to a model that differs from itself in nothing.
#include <string>

#include "check.hpp"
#include "codegen/cpp.hpp"
#include "codegen/typescript.hpp"
#include "diagram/diagram.hpp"
#include "diff/planner.hpp"
#include "diff/render_sql.hpp"
#include "model/canonical.hpp"
#include "prisma/load.hpp"
#include "prisma/lower.hpp"

using qdb::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const std::string text(qdb::fuzz::as_text(data, size));
  const qdb::prisma::LoadResult loaded = qdb::prisma::load_schema({{"schema.prisma", text}});
  qdb::fuzz::check_diagnostics(loaded.diagnostics, "schema.prisma", text);
  check(loaded.format_diagnostics().empty() == loaded.diagnostics.empty(), "diagnostics that print as nothing");
  if (!loaded.ok()) return 0;

  const qdb::model::Schema model = qdb::prisma::lower(loaded.schema);
  (void)qdb::model::canonical(model);
  const qdb::diff::Plan from_empty = qdb::diff::plan_migration({}, {&model});
  (void)qdb::diff::render_migration(from_empty);
  (void)qdb::diff::render_from_empty(model);
  check(qdb::diff::plan_migration({&model}, {&model}).empty(), "a schema differs from itself");

  qdb::codegen::TypeScriptOptions typescript;
  (void)qdb::codegen::generate_typescript(loaded.schema, typescript);
  typescript.runtime = qdb::codegen::Runtime::kPg;
  typescript.kysely = true;
  (void)qdb::codegen::generate_typescript(loaded.schema, typescript);
  (void)qdb::codegen::generate_cpp(loaded.schema, {});
  (void)qdb::diagram::render_mermaid(qdb::diagram::build_diagram(model));
  return 0;
}
