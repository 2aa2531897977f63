#pragma once

#include <filesystem>
#include <vector>

#include "cli/context.hpp"
#include "prisma/load.hpp"

namespace qdb::cli {

/// The schema's files: the configured .prisma file, or every .prisma file of the configured
/// folder in name order. Throws kSchema when there is none.
std::vector<std::filesystem::path> schema_files(Context& context);
/// As schema_files(), for the schema file or folder at `path` instead of the configured one.
std::vector<std::filesystem::path> schema_files_at(Context& context, const std::filesystem::path& path);

/// What loading the schema at `path` takes of the heap, in small pieces: about 24 times the size
/// of its files (util::prepare_heap_for); 0 when it cannot be told. Never throws.
std::size_t load_bytes_at(Context& context, const std::filesystem::path& path);

/// The text of each of `files`, named as messages show them (display_path). Throws kSchema when
/// one cannot be read.
std::vector<prisma::SourceFile> read_schema_files(Context& context, const std::vector<std::filesystem::path>& files);

/// Reads the schema (schema_files(), read_schema_files()) and validates it. Throws kSchema when
/// there is no schema there; diagnostics are returned, not thrown.
prisma::LoadResult load_schema(Context& context);

/// The datasource block of the project's schema, read once per run (Context::datasource):
/// nullopt without a schema, or when it has none. A schema with problems still gives the block
/// it has; one that cannot be read at all gives nullopt (the callers then use their defaults).
const std::optional<prisma::Datasource>& project_datasource(Context& context);

/// Ends the use of a loaded schema: destroys it now, or, when the process exits right after
/// the command (Context::exits_after_run), leaves its memory to the operating system.
void release_schema(Context& context, prisma::LoadResult&& schema);

}  // namespace qdb::cli
