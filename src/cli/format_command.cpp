#include <filesystem>

#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "base/error.hpp"
#include "output/json.hpp"
#include "prisma/format.hpp"
#include "os/system.hpp"

namespace qdb::cli {
namespace {

struct FormattedFile {
  std::string shown;   // the path as messages show it
  std::string status;  // "written", "unchanged" or, with --check, "unformatted"
};

// Writes `text` over `path` atomically; a symbolic link stays a link to the rewritten file.
void write_schema_file(os::System& system, const std::filesystem::path& path, const std::string& shown,
                       const std::string& text) {
  std::filesystem::path target = system.canonical(path).value_or(path);
  os::WriteResult written = system.write_file_atomically(target, text);
  if (!written.ok) {
    throw Error(ErrorKind::kSchema, "cannot write " + shown + ": " + written.error,
                "check the permissions of the schema file and its folder");
  }
}

void print_json(Context& context, const std::vector<FormattedFile>& files, int code) {
  output::Json list = output::Json::array();
  for (const FormattedFile& f : files) {
    output::Json item = output::Json::object();
    item.set("path", f.shown);
    item.set("status", f.status);
    list.push(std::move(item));
  }
  output::Json doc = output::Json::object();
  doc.set("ok", code == exit_code::kOk);
  doc.set("command", "format");
  doc.set("check", context.invocation.check);
  doc.set("exit_code", code);
  doc.set("files", std::move(list));
  context.out << doc.dump(true) << '\n';
}

}  // namespace

void setup_format(CLI::App& command, Invocation& invocation) {
  command.add_flag("--check", invocation.check,
                   "Write nothing; exit 15 when a schema file is not formatted (for CI)");
}

int run_format(Context& context) {
  const bool check = context.invocation.check;
  const std::vector<std::filesystem::path> paths = schema_files(context);
  // The whole schema must validate first, as with `prisma format`: a file is never rewritten
  // from text that does not parse.
  prisma::LoadResult schema = prisma::load_schema(read_schema_files(context, paths));
  if (!schema.ok()) {
    if (context.invocation.global.json) {
      output::Json doc = schema_report_json(context, schema, "format");
      doc.set("check", check);
      context.out << doc.dump(true) << '\n';
    }
    return report_invalid_schema(context, schema, "; nothing was formatted");
  }
  std::vector<FormattedFile> files;
  bool unformatted = false;
  for (size_t i = 0; i < paths.size(); ++i) {
    const prisma::SourceFile& source = schema.sources[i];
    const std::string formatted = prisma::format_schema_text(source.text);
    FormattedFile file{source.name, "unchanged"};
    if (formatted == source.text) {
      context.console.info(file.shown + " is formatted");
    } else if (check) {
      file.status = "unformatted";
      unformatted = true;
      context.console.warn(file.shown + " is not formatted");
    } else {
      write_schema_file(context.system, paths[i], file.shown, formatted);
      file.status = "written";
      context.console.success("Formatted " + file.shown);
    }
    files.push_back(std::move(file));
  }
  if (unformatted) context.console.info("Run `qdb " + context.profile.name + " db format` and commit the result.");
  const int code = unformatted ? exit_code::kStale : exit_code::kOk;
  if (context.invocation.global.json) print_json(context, files, code);
  return code;
}

}  // namespace qdb::cli
