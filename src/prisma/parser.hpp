#pragma once

#include <vector>

#include "base/diagnostic.hpp"
#include "prisma/ast.hpp"
#include "prisma/source.hpp"

namespace qdb::prisma {

/// The syntax tree of one file and the syntax errors found in it.
struct ParseResult {
  ast::File file;
  std::vector<Diagnostic> diagnostics;
};

/// Parses one `.prisma` file. `file_index` is stored in every Location so later passes can
/// point back into the right file. Never throws on bad input: each syntax error becomes a
/// diagnostic, the parser skips to the end of the line or block and goes on, so one run
/// reports several errors. Nesting deeper than a fixed limit is reported, not recursed into.
ParseResult parse_file(int file_index, const SourceFile& source);

}  // namespace qdb::prisma
