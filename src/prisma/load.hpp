#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.hpp"
#include "prisma/schema.hpp"
#include "prisma/source.hpp"

namespace qdb::prisma {

/// The outcome of reading a schema: the validated schema and every problem found.
/// When `ok()` is false the schema is partial: use it for nothing but error reporting.
struct LoadResult {
  Schema schema;
  std::vector<Diagnostic> diagnostics;  // sorted by file (in the order given), line, column
  std::vector<SourceFile> sources;

  /// True when no diagnostic is an error.
  bool ok() const { return !has_errors(diagnostics); }
  /// All diagnostics as `file:line:col: error: message`, the source line and a caret, each
  /// followed by a newline.
  std::string format_diagnostics() const;
};

/// Parses and validates a schema made of one or more files (a `schema.prisma`, or every
/// `.prisma` file of a prismaSchemaFolder in the order given; callers sort by file name).
/// Blocks of all files share one namespace. Never throws on bad input.
LoadResult load_schema(std::vector<SourceFile> files);

}  // namespace qdb::prisma
