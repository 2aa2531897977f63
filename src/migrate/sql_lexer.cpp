#include "migrate/sql_lexer.hpp"

#include <string>

namespace qdb::migrate {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// PostgreSQL treats every byte >= 0x80 as a letter, so UTF-8 identifiers need no decoding.
bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c) || c == '$'; }
bool is_tag_char(char c) { return is_ident_start(c) || is_digit(c); }
bool is_operator_char(char c) { return std::string_view("+-*/<>=~!@#%^&|`?").find(c) != std::string_view::npos; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

class Lexer {
 public:
  Lexer(std::string_view file_name, std::string_view text) : file_name_(file_name), text_(text) {}

  LexResult run() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") advance(3);
    while (!at_end()) {
      char c = peek(0);
      if (is_space(c)) {
        advance(1);
      } else if (c == '-' && peek(1) == '-') {
        while (!at_end() && peek(0) != '\n') advance(1);
      } else if (c == '/' && peek(1) == '*') {
        block_comment();
      } else {
        token();
      }
    }
    return std::move(result_);
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }

  void advance(std::size_t n) {
    for (std::size_t i = 0; i < n && pos_ < text_.size(); ++i, ++pos_) {
      if (text_[pos_] == '\n') {
        ++line_;
        column_ = 1;
      } else {
        ++column_;
      }
    }
  }

  void error(int line, int column, std::string message) {
    result_.diagnostics.push_back({std::string(file_name_), line, column, Diagnostic::Severity::kError, std::move(message)});
  }

  void block_comment() {
    int line = line_, column = column_;
    int depth = 0;
    while (!at_end()) {
      if (peek(0) == '/' && peek(1) == '*') {
        ++depth;
        advance(2);
      } else if (peek(0) == '*' && peek(1) == '/') {
        advance(2);
        if (--depth == 0) return;
      } else {
        advance(1);
      }
    }
    error(line, column, "unterminated /* comment");
  }

  void token() {
    Token token;
    token.offset = pos_;
    token.line = line_;
    token.column = column_;
    token.kind = scan();
    token.length = pos_ - token.offset;
    result_.tokens.push_back(token);
  }

  // Consumes one token starting at pos_ and returns its kind.
  TokenKind scan() {
    char c = peek(0);
    char l = lower(c);
    if (l == 'e' && peek(1) == '\'') return quoted(1, '\'', true, TokenKind::kString, "unterminated quoted string");
    if ((l == 'b' || l == 'x' || l == 'n') && peek(1) == '\'') {
      return quoted(1, '\'', false, TokenKind::kString, "unterminated quoted string");
    }
    if (l == 'u' && peek(1) == '&' && peek(2) == '\'') {
      return quoted(2, '\'', false, TokenKind::kString, "unterminated quoted string");
    }
    if (l == 'u' && peek(1) == '&' && peek(2) == '"') {
      return quoted(2, '"', false, TokenKind::kQuotedIdentifier, "unterminated quoted identifier");
    }
    if (c == '\'') return quoted(0, '\'', false, TokenKind::kString, "unterminated quoted string");
    if (c == '"') return quoted(0, '"', false, TokenKind::kQuotedIdentifier, "unterminated quoted identifier");
    if (is_ident_start(c)) {
      while (!at_end() && is_ident_char(peek(0))) advance(1);
      return TokenKind::kWord;
    }
    if (c == '$') return dollar();
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return number();
    if (c == ';') {
      advance(1);
      return TokenKind::kSemicolon;
    }
    if (is_operator_char(c)) {
      // A comment start ends an operator, as in `a*/*note*/b`.
      do {
        advance(1);
      } while (!at_end() && is_operator_char(peek(0)) && !(peek(0) == '-' && peek(1) == '-') &&
               !(peek(0) == '/' && peek(1) == '*'));
      return TokenKind::kOperator;
    }
    advance(1);
    return TokenKind::kPunctuation;
  }

  // A quoted string or identifier: `prefix` bytes, then `quote`, then the body where a doubled
  // quote stands for one and, when `backslash` is set, a backslash escapes the next byte.
  TokenKind quoted(std::size_t prefix, char quote, bool backslash, TokenKind kind, const char* unterminated) {
    int line = line_, column = column_;
    advance(prefix + 1);
    while (!at_end()) {
      char c = peek(0);
      if (backslash && c == '\\') {
        advance(2);
      } else if (c == quote) {
        if (peek(1) != quote) {
          advance(1);
          return kind;
        }
        advance(2);
      } else {
        advance(1);
      }
    }
    error(line, column, unterminated);
    return kind;
  }

  // `$1` is a parameter; `$tag$` or `$$` opens a dollar quote; a tag cannot start with a digit.
  TokenKind dollar() {
    if (is_digit(peek(1))) {
      advance(1);
      while (!at_end() && is_digit(peek(0))) advance(1);
      return TokenKind::kParameter;
    }
    std::size_t end = pos_ + 1;
    if (end < text_.size() && is_ident_start(text_[end])) {
      while (end < text_.size() && is_tag_char(text_[end])) ++end;
    }
    if (end >= text_.size() || text_[end] != '$') {
      advance(1);
      return TokenKind::kPunctuation;
    }
    int line = line_, column = column_;
    std::string_view delimiter = text_.substr(pos_, end + 1 - pos_);
    std::size_t close = text_.find(delimiter, end + 1);
    if (close == std::string_view::npos) {
      advance(text_.size() - pos_);
      error(line, column, "unterminated dollar-quoted string");
    } else {
      advance(close + delimiter.size() - pos_);
    }
    return TokenKind::kDollarString;
  }

  TokenKind number() {
    if (peek(0) == '0' && (lower(peek(1)) == 'x' || lower(peek(1)) == 'o' || lower(peek(1)) == 'b')) advance(2);
    while (!at_end()) {
      char c = peek(0);
      if (is_digit(c) || c == '_') {
        advance(1);
      } else if (c == '.' && peek(1) != '.') {
        advance(1);
      } else if ((lower(c) == 'e') && (is_digit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && is_digit(peek(2))))) {
        advance(2);
      } else if (is_ident_start(c)) {
        // Trailing junk such as 123abc: PostgreSQL rejects it; keeping it in the token is enough here.
        advance(1);
      } else {
        break;
      }
    }
    return TokenKind::kNumber;
  }

  std::string_view file_name_;
  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  LexResult result_;
};

}  // namespace

LexResult lex_sql(std::string_view file_name, std::string_view text) { return Lexer(file_name, text).run(); }

bool is_keyword(std::string_view source, const Token& token, std::string_view keyword) {
  if (token.kind != TokenKind::kWord || token.length != keyword.size()) return false;
  std::string_view word = token.text(source);
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(word[i]) != keyword[i]) return false;
  }
  return true;
}

}  // namespace qdb::migrate
