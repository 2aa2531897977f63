#include <filesystem>

#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "base/error.hpp"
#include "output/json_report.hpp"
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
    throw Error(ErrorKind::kFileWrite, "cannot write " + shown + ": " + written.error,
                "check the permissions of the schema file and its folder");
  }
}

void report_files(Context& context, const std::vector<FormattedFile>& files) {
  output::Json list = output::Json::array();
  for (const FormattedFile& f : files) list.push_back({{"path", f.shown}, {"status", f.status}});
  context.report.set("files", std::move(list));
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
  context.report.set("check", check);
  report_schema(context, schema);
  if (!schema.ok()) {
    throw invalid_schema(context, schema, "; nothing was formatted",
                         "fix the problems listed; docs/schema-language.md says what is supported");
  }
  std::vector<FormattedFile> files;
  bool unformatted = false;
  for (size_t i = 0; i < paths.size(); ++i) {
    const prisma::SourceFile& source = schema.sources[i];
    const std::string formatted = prisma::format_schema_text(source.text);
    FormattedFile file{source.name, "unchanged"};
    if (formatted == source.text) {
      context.console.result(file.shown + " is formatted");
    } else if (check) {
      file.status = "unformatted";
      unformatted = true;
      context.console.warn(file.shown + " is not formatted");
    } else {
      write_schema_file(context.system, paths[i], file.shown, formatted);
      file.status = "written";
      context.console.result_success("Formatted " + file.shown);
    }
    files.push_back(std::move(file));
  }
  if (unformatted) context.console.info("Run `qdb " + context.profile.name + " db format` and commit the result.");
  report_files(context, files);
  return unformatted ? exit_code::kStale : exit_code::kOk;
}

}  // namespace qdb::cli
