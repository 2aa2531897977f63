#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "migrate/sql_lexer.hpp"
#include "base/diagnostic.hpp"

namespace qdb::migrate {

/// One SQL statement of a migration file.
struct Statement {
  /// The statement's bytes from its first token to the end of its last token: leading comments
  /// and whitespace and the terminating `;` are not included; comments inside are kept.
  std::string sql;
  std::size_t offset = 0;  // byte offset of sql's first byte in the file
  int line = 1;            // 1-based line of the first byte
  int column = 1;          // 1-based byte column of the first byte
  /// The statement's tokens (without the `;`), with offsets, lines and columns in the file.
  std::vector<Token> tokens;
};

/// The statements of a file plus the lexer's diagnostics.
struct SplitResult {
  std::vector<Statement> statements;
  std::vector<Diagnostic> diagnostics;
};

/// Splits SQL text into statements the way psql does: a `;` ends a statement unless it is inside
/// a string, quoted identifier, dollar quote, comment or parentheses, or inside the
/// `BEGIN ... END` body of `CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC`. Empty
/// statements (`;;`) and a tail of only whitespace and comments produce nothing; a last
/// statement without `;` is kept. Unterminated constructs are reported as diagnostics and the
/// statement holding them runs to the end of the text. Never throws on bad input.
SplitResult split_statements(std::string_view file_name, std::string_view text);

}  // namespace qdb::migrate
