// The schema's files: found, read and loaded.
#include "cli/schema_files.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "util/heap.hpp"
#include "util/keep_until_exit.hpp"

namespace qdb::cli {

void release_schema(Context& context, prisma::LoadResult&& schema) {
  // Freeing a schema of 2000 models piece by piece is 11 M of 193 M instructions of
  // generate-types, and made it 5-19% slower in alternating runs (docs/performance.md).
  if (context.exits_after_run) util::keep_until_exit(std::move(schema));
  else schema = prisma::LoadResult();
}

std::vector<std::filesystem::path> schema_files(Context& context) {
  return schema_files_at(context, context.project.schema_path);
}

std::vector<std::filesystem::path> schema_files_at(Context& context, const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  const os::FileType type = context.system.file_type(path);
  if (type == os::FileType::kDirectory) {
    for (const os::DirEntry& entry : context.system.list_directory(path).entries) {
      std::filesystem::path file = path / entry.name;
      if (file.extension() == ".prisma" && entry.is_regular) files.push_back(file);
    }
    std::sort(files.begin(), files.end());
  } else if (type == os::FileType::kRegular) {
    files.push_back(path);
  }
  if (files.empty()) {
    throw Error(ErrorKind::kSchema, "no Prisma schema at " + display_path(context, path),
                "put schema.prisma there, or set `schema` in qdb.toml to the file or folder that holds it");
  }
  return files;
}

namespace {

// Loading takes about twenty times the schema's size in small pieces (the sizes come from the
// files' metadata).
std::size_t load_bytes(const std::vector<std::filesystem::path>& files) {
  std::size_t total = 0;
  for (const auto& file : files) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (!error) total += static_cast<std::size_t>(size);
  }
  return total * 24;
}

}  // namespace

std::size_t load_bytes_at(Context& context, const std::filesystem::path& path) {
  try {
    return load_bytes(schema_files_at(context, path));
  } catch (const Error&) {
    return 0;
  }
}

std::vector<prisma::SourceFile> read_schema_files(Context& context, const std::vector<std::filesystem::path>& files) {
  const os::System& fs = context.system;
  // For 2000 models this takes 1,400 page faults instead of 7,900, and without it `validate`
  // took about twice as long in alternating runs (docs/performance.md). Schemas under about
  // 350 KB are left alone, so a test process that drives run_cli is not affected. Prepared
  // before the files are read, so that their text lands in the prepared heap too (a large file
  // was mapped on its own, a page fault for every 4 KB of it).
  util::prepare_heap_for(load_bytes(files));
  std::vector<prisma::SourceFile> sources;
  for (const auto& file : files) {
    os::ReadResult read = fs.read_file(file);
    if (!read.ok) throw Error(ErrorKind::kSchema, "cannot read " + display_path(context, file) + ": " + read.error);
    sources.push_back({display_path(context, file), std::move(read.bytes)});
  }
  return sources;
}

prisma::LoadResult load_schema(Context& context) {
  return prisma::load_schema(read_schema_files(context, schema_files(context)));
}

const std::optional<prisma::Datasource>& project_datasource(Context& context) {
  if (!context.datasource) {
    context.datasource.emplace();
    try {
      *context.datasource = load_schema(context).schema.datasource;
    } catch (const Error&) {
      // No schema, or one that cannot be read: no datasource.
    }
  }
  return *context.datasource;
}

}  // namespace qdb::cli
