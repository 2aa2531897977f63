// `qdb <profile> db pull`: the database's tables written as a Prisma schema (prisma db pull).
#include <string>
#include <vector>

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "cli/database_schema.hpp"
#include "cli/session.hpp"
#include "inspect/to_prisma.hpp"
#include "output/json_report.hpp"
#include "os/system.hpp"

namespace qdb::cli {
namespace {

// The configured schema's text, every file of a folder joined, or "" when there is none yet:
// its datasource and generator blocks are kept.
std::string configured_schema_text(Context& context) {
  std::vector<std::filesystem::path> files;
  try {
    files = schema_files(context);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kSchema) throw;
    return "";
  }
  std::string text;
  for (const prisma::SourceFile& file : read_schema_files(context, files)) text += file.text + "\n";
  return text;
}

// The file the pulled schema goes to: -o FILE, the configured schema file, or schema.prisma in
// the configured folder.
std::filesystem::path target_file(const Context& context) {
  if (!context.invocation.pull.output.empty()) return context.cwd / context.invocation.pull.output;
  const std::filesystem::path& configured = context.project.schema_path;
  if (context.system.file_type(configured) == os::FileType::kDirectory) return configured / "schema.prisma";
  return configured;
}

// A schema that already has models is the project's work: pull replaces it only with --force.
// In a folder, models in the other files would be declared twice, so those always stop it.
void check_overwrite(Context& context, const std::filesystem::path& target) {
  const std::filesystem::path& configured = context.project.schema_path;
  if (context.invocation.pull.output.empty() && context.system.file_type(configured) == os::FileType::kDirectory) {
    for (const std::filesystem::path& file : schema_files(context)) {
      if (file == target) continue;
      os::ReadResult other = context.system.read_file(file);
      if (other.ok && inspect::declares_models(other.bytes)) {
        throw Error(ErrorKind::kConfig, display_path(context, file) + " declares models; nothing was written",
                    "db pull writes " + display_path(context, target) + " alone: move the other files away, or "
                    "write elsewhere with -o FILE, or look with --print");
      }
    }
  }
  os::ReadResult current = context.system.read_file(target);
  if (current.ok && inspect::declares_models(current.bytes) && !context.invocation.force) {
    throw Error(ErrorKind::kConfig, display_path(context, target) + " has models already; nothing was written",
                "pass --force to replace them with the database's, write elsewhere with -o FILE, or look with --print");
  }
}

// The pulled schema's text (laid out as `prisma format` would when `layout`, for a file or the
// screen), and the warnings about what it leaves out. For types (`for_types`) the catalog is read
// without the defaults' text and the objects other than views and those that put a `///`
// warning above a model or enum (db::ReadScope): the types of the schema depend on neither (the
// warning becomes a doc comment of the types), and the defaults become dbgenerated("DEFAULT")
// stand-ins in a text nobody sees. The warnings then list what the types leave out: views,
// comments, exclusion constraints, partitions, check constraints and indexes the schema
// language cannot say.
std::string pull_text(Context& context, bool layout, bool for_types = false) {
  const db::ConnectionSettings settings = connection_settings(context);
  db::ReadScope read;
  read.expressions = !for_types;
  read.all_objects = !for_types;
  const model::Schema schema = inspect_database(context, settings, read);
  for (const std::string& item : inspect::left_out(schema)) {
    context.console.warn("not in the pulled schema (the schema language cannot say it): " + item);
  }
  context.report.set("tables", static_cast<int>(schema.tables.size()));
  context.report.set("enums", static_cast<int>(schema.enums.size()));
  return inspect::to_prisma(schema, configured_schema_text(context), settings.schema, layout);
}

}  // namespace

void setup_pull(CLI::App& command, Invocation& invocation) {
  command.add_flag("--print", invocation.pull.print, "Print the schema on stdout instead of writing it");
  command.add_option("-o,--output", invocation.pull.output,
                     "Write the schema to FILE instead of the configured schema file")
      ->type_name("FILE");
  command.add_flag("--force", invocation.force, "Replace a schema file that has models already");
}

prisma::LoadResult load_pulled_schema(Context& context) {
  return prisma::load_schema({prisma::SourceFile{"the database (db pull)", pull_text(context, false, true)}});
}

int run_pull(Context& context) {
  const Invocation& inv = context.invocation;
  std::filesystem::path target;
  if (!inv.pull.print) {
    target = target_file(context);
    check_overwrite(context, target);
  }
  const std::string text = pull_text(context, true);
  if (inv.pull.print) {
    context.report.set("schema", text);
    if (!inv.global.json) context.out << text;
    return exit_code::kOk;
  }
  const std::string shown = display_path(context, target);
  context.system.create_directories(target.parent_path());
  os::WriteResult written = context.system.write_file_atomically(target, text);
  if (!written.ok) {
    throw Error(ErrorKind::kFileWrite, "cannot write " + shown + ": " + written.error,
                "check the folder's permissions, or write elsewhere with -o FILE");
  }
  context.report.set("file", shown);
  context.console.result_success("Wrote the database's schema to " + shown);
  return exit_code::kOk;
}

}  // namespace qdb::cli
