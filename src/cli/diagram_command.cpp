// `qdb <profile> db diagram`: the schema in schema/ as a picture.
#include <unistd.h>

#include <algorithm>

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "cli/database_schema.hpp"
#include "cli/session.hpp"
#include "diagram/diagram.hpp"
#include "output/json_report.hpp"
#include "prisma/lower.hpp"

namespace qdb::cli {
namespace {

// A file in the temporary folder, removed when this goes out of scope.
class TempFile {
 public:
  TempFile(os::System& system, const std::string& text) : system_(system) {
    path_ = system.temp_directory() /
            ("qdb-diagram-" + std::to_string(::getpid()) + "-" + std::to_string(static_cast<long long>(system.now() * 1e6)) + ".dot");
    os::WriteResult written = system.write_file_atomically(path_, text, os::Durability::kReplaceable);
    if (!written.ok) {
      throw Error(ErrorKind::kInternal, "cannot create a temporary file for dot: " + written.error, "check TMPDIR");
    }
  }
  ~TempFile() { system_.remove_file(path_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  os::System& system_;
  std::filesystem::path path_;
};

// Renders `dot_text` to the SVG file `target` with Graphviz's dot.
void write_svg(Context& context, const std::string& dot_text, const std::filesystem::path& target) {
  const std::string shown = display_path(context, target);
  TempFile input(context.system, dot_text);
  os::CommandResult r = context.system.run({"dot", "-Tsvg", "-o", target.string(), input.path().string()});
  if (r.exit_code == 127) {
    throw Error(ErrorKind::kConfig, "--svg needs Graphviz's `dot`, which is not installed",
                "install Graphviz (Debian: apt-get install graphviz), or write DOT with `--format dot` and render "
                "it elsewhere; nothing was written");
  }
  if (r.exit_code != 0) {
    throw Error(ErrorKind::kFileWrite,
                "dot could not write " + shown + " (exit code " + std::to_string(r.exit_code) + ")",
                "check that the folder exists and is writable", r.output);
  }
  context.console.result_success("Wrote " + shown);
}

}  // namespace

void setup_diagram(CLI::App& command, Invocation& invocation) {
  command.add_option("--format", invocation.diagram_format, "mermaid (an erDiagram, the default) or dot (Graphviz)")
      ->check(CLI::IsMember({"mermaid", "dot"}));
  command.add_option("--svg", invocation.diagram_svg, "Render the diagram to FILE as SVG with Graphviz's dot")
      ->type_name("FILE");
  command.add_flag("--from-db", invocation.diagram_from_db,
                   "Draw the database's tables (read from its catalog) instead of the schema's models");
}

namespace {

// The picture of what is to be drawn: the schema's models, or with --from-db the database's tables.
diagram::Diagram picture_of(Context& context) {
  if (context.invocation.diagram_from_db) {
    const db::ConnectionSettings settings = connection_settings(context);
    return diagram::build_diagram(inspect_database(context, settings));
  }
  prisma::LoadResult schema = load_schema(context);
  report_schema(context, schema);
  if (!schema.ok()) {
    LocatedError invalid = invalid_schema(context, schema, "; nothing was drawn",
                                          "fix the problems listed; docs/schema-language.md says what is supported");
    release_schema(context, std::move(schema));
    throw invalid;
  }
  diagram::Diagram picture = diagram::build_diagram(prisma::lower(schema.schema));
  release_schema(context, std::move(schema));
  return picture;
}

}  // namespace

int run_diagram(Context& context) {
  const diagram::Diagram picture = picture_of(context);

  const Invocation& inv = context.invocation;
  const bool svg = !inv.diagram_svg.empty();
  const std::string format = svg ? "svg" : inv.diagram_format;
  const std::string text = format == "mermaid" ? diagram::render_mermaid(picture) : diagram::render_dot(picture);
  if (svg) write_svg(context, text, context.cwd / inv.diagram_svg);
  context.report.set("format", format);
  if (svg) {
    context.report.set("file", display_path(context, context.cwd / inv.diagram_svg));
  } else {
    context.report.set("diagram", text);
  }
  context.report.set("tables", static_cast<int>(std::count_if(picture.entities.begin(), picture.entities.end(),
                                                              [](const diagram::Entity& e) { return !e.is_enum; })));
  context.report.set("relationships", static_cast<int>(picture.relationships.size()));
  if (!svg && !inv.global.json) context.out << text;
  return exit_code::kOk;
}

}  // namespace qdb::cli
