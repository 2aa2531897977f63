#include "prisma/lexer.hpp"

#include <algorithm>
#include <array>

namespace qdb::prisma {
namespace {

// Character classes as bits of one table lookup per byte: the lexer's inner loops run once per
// byte of the schema.
enum CharClass : unsigned char { kBlank = 1, kDigit = 2, kIdentifierStart = 4, kIdentifierChar = 8 };

constexpr std::array<unsigned char, 256> make_char_classes() {
  std::array<unsigned char, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const bool digit = c >= '0' && c <= '9';
    classes[c] = static_cast<unsigned char>((c == ' ' || c == '\t' || c == '\r' ? kBlank : 0) |
                                            (digit ? kDigit : 0) | (letter ? kIdentifierStart : 0) |
                                            (letter || digit || c == '-' ? kIdentifierChar : 0));
  }
  return classes;
}

constexpr std::array<unsigned char, 256> kCharClasses = make_char_classes();

bool has_class(char c, CharClass which) { return (kCharClasses[static_cast<unsigned char>(c)] & which) != 0; }
bool is_identifier_start(char c) { return has_class(c, kIdentifierStart); }
bool is_blank(char c) { return has_class(c, kBlank); }
bool is_digit(char c) { return has_class(c, kDigit); }
bool is_identifier_char(char c) { return has_class(c, kIdentifierChar); }

}  // namespace

Lexer::Lexer(int file_index, std::string_view text, util::Arena& arena)
    : file_(file_index), text_(text), arena_(arena) {}

void Lexer::read(Token& token) {
  token_ = &token;
  found_ = false;
  while (!found_) {
    // Runs of blanks (column alignment) are most of a schema's bytes: skip them in one loop.
    const char* p = text_.data() + pos_;
    const char* const end = text_.data() + text_.size();
    while (p < end && is_blank(*p)) ++p;
    pos_ = static_cast<size_t>(p - text_.data());
    if (pos_ >= text_.size()) break;
    step();
  }
  if (!found_) push(TokenKind::kEnd, "", here());
  token_ = nullptr;
}

Location Lexer::here() const { return Location{file_, line_, static_cast<int>(pos_ - line_start_) + 1}; }

void Lexer::push(TokenKind kind, std::string_view text, Location location) {
  token_->kind = kind;
  token_->text = text;
  token_->location = location;
  found_ = true;
}

void Lexer::step() {
  char c = text_[pos_];
  Location start = here();
  switch (c) {
    case ' ': case '\t': case '\r': ++pos_; return;
    case '\n':
      push(TokenKind::kNewline, "", start);
      ++pos_;
      ++line_;
      line_start_ = pos_;
      return;
    case '{': return single(TokenKind::kLeftBrace, start);
    case '}': return single(TokenKind::kRightBrace, start);
    case '(': return single(TokenKind::kLeftParen, start);
    case ')': return single(TokenKind::kRightParen, start);
    case '[': return single(TokenKind::kLeftBracket, start);
    case ']': return single(TokenKind::kRightBracket, start);
    case ',': return single(TokenKind::kComma, start);
    case ':': return single(TokenKind::kColon, start);
    case '=': return single(TokenKind::kEquals, start);
    case '?': return single(TokenKind::kQuestion, start);
    case '.': return single(TokenKind::kDot, start);
    case '@':
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '@') {
        pos_ += 2;
        return push(TokenKind::kAtAt, "@@", start);
      }
      return single(TokenKind::kAt, start);
    case '"': return string_literal(start);
    case '/': return comment(start);
    default: break;
  }
  if (is_digit(c) || (c == '-' && pos_ + 1 < text_.size() && is_digit(text_[pos_ + 1]))) {
    return number(start);
  }
  if (is_identifier_start(c)) {
    // Local pointers: the loop runs once per byte of every name.
    const char* const begin = text_.data() + pos_;
    const char* const end = text_.data() + text_.size();
    const char* p = begin + 1;
    while (p < end && is_identifier_char(*p)) ++p;
    pos_ += static_cast<size_t>(p - begin);
    return push(TokenKind::kIdentifier, std::string_view(begin, static_cast<size_t>(p - begin)), start);
  }
  unexpected_character(start);
}

void Lexer::unexpected_character(Location start) {
  const char c = text_[pos_];
  // Skip a whole UTF-8 sequence so one stray character gives one error.
  size_t length = 1;
  auto byte = static_cast<unsigned char>(c);
  if (byte >= 0xC0) length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
  length = std::min(length, text_.size() - pos_);
  std::string shown(text_.substr(pos_, length));
  pos_ += length;
  if (byte < 0x20 || byte == 0x7F) shown = "\\x" + hex(byte);
  push(TokenKind::kError, own("unexpected character \"" + shown + "\""), start);
}

std::string Lexer::hex(unsigned char byte) {
  const char* digits = "0123456789abcdef";
  return {digits[byte >> 4], digits[byte & 15]};
}

void Lexer::single(TokenKind kind, Location start) {
  push(kind, text_.substr(pos_, 1), start);
  ++pos_;
}

void Lexer::number(Location start) {
  size_t begin = pos_;
  if (text_[pos_] == '-') ++pos_;
  while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
  if (pos_ + 1 < text_.size() && text_[pos_] == '.' && is_digit(text_[pos_ + 1])) {
    ++pos_;
    while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
  }
  push(TokenKind::kNumber, text_.substr(begin, pos_ - begin), start);
}

void Lexer::comment(Location start) {
  if (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '/') {
    ++pos_;
    return push(TokenKind::kError, "unexpected character \"/\"", start);
  }
  size_t end = text_.find('\n', pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view body = text_.substr(pos_, end - pos_);
  pos_ = end;
  if (body.size() >= 3 && body[2] == '/') {
    body.remove_prefix(3);
    if (!body.empty() && body.front() == ' ') body.remove_prefix(1);
    while (!body.empty() && (body.back() == '\r' || body.back() == ' ')) body.remove_suffix(1);
    push(TokenKind::kDocComment, body, start);
  }
}

void Lexer::string_literal(Location start) {
  ++pos_;
  // Most strings have no escapes: their text is a view of the source.
  const size_t begin = pos_;
  size_t end = begin;
  while (end < text_.size() && text_[end] != '"' && text_[end] != '\\' && text_[end] != '\n') ++end;
  if (end < text_.size() && text_[end] == '"') {
    pos_ = end + 1;
    return push(TokenKind::kString, text_.substr(begin, end - begin), start);
  }
  std::string value;
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '"') {
      ++pos_;
      return push(TokenKind::kString, own(value), start);
    }
    if (c == '\n') break;
    if (c == '\\' && pos_ + 1 < text_.size()) {
      char e = text_[pos_ + 1];
      pos_ += 2;
      switch (e) {
        case 'n': value += '\n'; break;
        case 't': value += '\t'; break;
        case 'r': value += '\r'; break;
        case '"': value += '"'; break;
        case '\\': value += '\\'; break;
        default: value += '\\'; value += e; break;
      }
      continue;
    }
    value += c;
    ++pos_;
  }
  push(TokenKind::kError, "unterminated string literal", start);
}

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kIdentifier: return "a name";
    case TokenKind::kString: return "a string";
    case TokenKind::kNumber: return "a number";
    case TokenKind::kDocComment: return "a doc comment";
    case TokenKind::kLeftBrace: return "\"{\"";
    case TokenKind::kRightBrace: return "\"}\"";
    case TokenKind::kLeftParen: return "\"(\"";
    case TokenKind::kRightParen: return "\")\"";
    case TokenKind::kLeftBracket: return "\"[\"";
    case TokenKind::kRightBracket: return "\"]\"";
    case TokenKind::kComma: return "\",\"";
    case TokenKind::kColon: return "\":\"";
    case TokenKind::kEquals: return "\"=\"";
    case TokenKind::kQuestion: return "\"?\"";
    case TokenKind::kAt: return "\"@\"";
    case TokenKind::kAtAt: return "\"@@\"";
    case TokenKind::kDot: return "\".\"";
    case TokenKind::kNewline: return "the end of the line";
    case TokenKind::kError: return "an invalid token";
    case TokenKind::kEnd: return "the end of the file";
  }
  return "a token";
}

std::vector<OwnedToken> lex(int file_index, std::string_view text) {
  util::Arena arena;
  Lexer lexer(file_index, text, arena);
  std::vector<OwnedToken> tokens;
  Token token;
  do {
    lexer.read(token);
    tokens.push_back(OwnedToken{token.kind, std::string(token.text), token.location});
  } while (token.kind != TokenKind::kEnd);
  return tokens;
}

}  // namespace qdb::prisma
