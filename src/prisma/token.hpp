#pragma once

#include <string>
#include <string_view>

#include "prisma/source.hpp"

namespace qdb::prisma {

/// The kinds of token in the Prisma schema language. Newlines are tokens because a field or a
/// property ends at the end of its line.
enum class TokenKind {
  kIdentifier,   // letters, digits, `_` and `-`, not starting with a digit
  kString,       // "..." with escapes already decoded in `text`
  kNumber,       // 12, -3, 4.5
  kDocComment,   // `/// text`, `text` without the slashes and one leading space
  kLeftBrace,
  kRightBrace,
  kLeftParen,
  kRightParen,
  kLeftBracket,
  kRightBracket,
  kComma,
  kColon,
  kEquals,
  kQuestion,
  kAt,        // @
  kAtAt,      // @@
  kDot,
  kNewline,
  kError,     // a character or construct the lexer cannot read; `text` says why
  kEnd,
};

/// A token and where it starts. `text` views the source text, or text in the Lexer's arena (a
/// string with escapes decoded, an error message); either way it stays valid as long as both
/// the source text and that arena live.
struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string_view text;
  Location location;
};

/// A token with its own copy of the text, for callers that keep tokens after the lexer.
struct OwnedToken {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  Location location;
};

/// A short human name for a token kind, used in "expected X" messages.
const char* token_kind_name(TokenKind kind);

}  // namespace qdb::prisma
