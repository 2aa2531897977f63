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
  void push(TokenKind kind, std::string_view text, Location location);
  // Keeps text that is not a slice of the source (decoded strings, messages) for token views.
  std::string_view own(std::string_view text) { return arena_.copy(text); }
  void step();  // reads one character or construct; sets token_ unless it was blank or `//`
  // Kept out of step(): its message text would make every call of step() pay for a larger frame.
  [[gnu::noinline]] void unexpected_character(Location start);
  void single(TokenKind kind, Location start);
  void number(Location start);
  void comment(Location start);
  void string_literal(Location start);
  static std::string hex(unsigned char byte);

  int file_;
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  Token* token_ = nullptr;  // where read() puts the token
  bool found_ = false;
  util::Arena& arena_;
};

/// All tokens of one file, ending with one kEnd token.
std::vector<OwnedToken> lex(int file_index, std::string_view text);

}  // namespace qdb::prisma
