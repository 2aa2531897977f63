#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "prisma/token.hpp"
#include "util/arena.hpp"

namespace qdb::prisma {

/// Reads one file token by token, so the parser needs no list of all tokens. Never fails:
/// characters it cannot read become kError tokens (the parser reports them). Ordinary `//`
/// comments are dropped; `///` doc comments are kept as kDocComment tokens. Token text views
/// `text`, or `arena` for text that is not a slice of it (strings with escapes decoded, error
/// messages); both must outlive the tokens.
class Lexer {
 public:
  Lexer(int file_index, std::string_view text, util::Arena& arena);

  /// Reads the next token into `token`, reusing its storage; at the end of the text, and on
  /// every call after it, a kEnd token.
  void read(Token& token);

 private:
  Location here() const;
  // Keeps text that is not a slice of the source (decoded strings, messages) for token views.
  std::string_view own(std::string_view text) { return arena_.copy(text); }
  // The rarer constructs, kept out of read() so its frame stays small; read() only ever
  // tail-calls them. Each starts at pos_, with token.location already set, and moves pos_ past
  // what it read.
  [[gnu::noinline]] void unexpected_character(Token& token);
  void number(Token& token);
  void newline(Token& token);
  void string_literal(Token& token);
  // A name with letters beyond ASCII (é, 日), read from pos_.
  void identifier(Token& token);
  // Appends the character of the \u escape at pos_ (past the u; a UTF-16 surrogate pair takes two
  // escapes) to `value` in UTF-8 and moves past it; false when it is not one.
  bool unicode_escape(std::string& value);
  // After an error inside a string: moves pos_ past the string's closing quote (or to the end of
  // its line), so that its rest is not read as more tokens.
  void skip_rest_of_string();
  // A `///` comment's token, or for an ordinary `//` comment the token after it.
  void comment(Token& token);
  static std::string hex(unsigned char byte);

  int file_;
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  util::Arena& arena_;
};

/// All tokens of one file, ending with one kEnd token.
std::vector<OwnedToken> lex(int file_index, std::string_view text);

}  // namespace qdb::prisma
