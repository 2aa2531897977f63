#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"

namespace qdb::migrate {

/// What a token is. Whitespace and comments are not tokens.
enum class TokenKind {
  kWord,              // an unquoted identifier or keyword: create, "my$col" unquoted, _x1
  kQuotedIdentifier,  // "Name" or U&"d\0061t\+000061", with "" standing for one quote
  kString,            // '...', E'...', B'...', X'...', N'...', U&'...'
  kDollarString,      // $$...$$ or $tag$...$tag$
  kNumber,            // 42, 3.5, .5e-3, 0x1F, 1_000
  kParameter,         // $1
  kOperator,          // a run of + - * / < > = ~ ! @ # % ^ & | ` ?
  kPunctuation,       // ( ) [ ] , . : and any other single byte
  kSemicolon,         // ;
};

/// One token of a SQL file. Lines and columns are 1-based; the column counts bytes.
struct Token {
  TokenKind kind = TokenKind::kPunctuation;
  std::size_t offset = 0;  // byte offset of the first byte in the file
  std::size_t length = 0;  // bytes, including quotes and dollar tags
  int line = 1;
  int column = 1;

  /// The token's bytes within the text it was lexed from.
  std::string_view text(std::string_view source) const { return source.substr(offset, length); }
};

/// Tokens in file order, plus diagnostics for unterminated strings, quoted identifiers, dollar
/// quotes and block comments (each located where the construct began).
struct LexResult {
  std::vector<Token> tokens;
  std::vector<Diagnostic> diagnostics;
};

/// Splits PostgreSQL SQL text into tokens the way the server's lexer does with
/// standard_conforming_strings on (the default since PostgreSQL 9.1): backslashes escape only in
/// E'' strings. Block comments nest. A leading UTF-8 byte-order mark is skipped like whitespace.
/// An unterminated construct runs to the end of the text, is still returned as a token, and adds
/// an error diagnostic. Never throws on bad input.
LexResult lex_sql(std::string_view file_name, std::string_view text);

/// True when `token` is an unquoted word equal to `keyword` ignoring ASCII case. `keyword` must
/// be lowercase.
bool is_keyword(std::string_view source, const Token& token, std::string_view keyword);

}  // namespace qdb::migrate
