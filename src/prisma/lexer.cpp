#include "prisma/lexer.hpp"

#include <array>
#include <charconv>

#include "util/utf8.hpp"

namespace qdb::prisma {
namespace {

// Character classes as bits of one table lookup per byte: the lexer's inner loops run once per
// byte of the schema.
enum CharClass : unsigned char { kBlank = 1, kDigit = 2, kIdentifierStart = 4, kIdentifierChar = 8 };

constexpr std::array<unsigned char, 256> make_char_classes() {
  std::array<unsigned char, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    // As Prisma's grammar: a name starts with a letter and goes on with letters, digits, _ and -
    // (letters beyond ASCII: util::letter_length()).
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    classes[c] = static_cast<unsigned char>((c == ' ' || c == '\t' || c == '\r' ? kBlank : 0) |
                                            (digit ? kDigit : 0) | (letter ? kIdentifierStart : 0) |
                                            (letter || digit || c == '-' || c == '_' ? kIdentifierChar : 0));
  }
  return classes;
}

constexpr std::array<unsigned char, 256> kCharClasses = make_char_classes();

bool has_class(char c, CharClass which) { return (kCharClasses[static_cast<unsigned char>(c)] & which) != 0; }
bool is_identifier_start(char c) { return has_class(c, kIdentifierStart); }
bool is_blank(char c) { return has_class(c, kBlank); }
bool is_digit(char c) { return has_class(c, kDigit); }
bool is_identifier_char(char c) { return has_class(c, kIdentifierChar); }

// The length of the letter beyond ASCII at `p` (util::letter_length), or 0.
size_t letter_at(const char* p, const char* end) {
  return static_cast<unsigned char>(*p) >= 0x80 ? util::letter_length(std::string_view(p, static_cast<size_t>(end - p))) : 0;
}

}  // namespace

Lexer::Lexer(int file_index, std::string_view text, util::Arena& arena)
    : file_(file_index), text_(text), arena_(arena) {}

// One function reads every common token: it runs once per token, so each call, register save
// and store through a member pointer it avoids is paid for on every token of the schema. It
// only tail-calls the helpers for rarer constructs, so it needs no stack frame.
void Lexer::read(Token& token) {
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  // Runs of blanks (column alignment) are most of a schema's bytes: skip them in one loop.
  const char* p = begin + pos_;
  while (p < end && is_blank(*p)) ++p;
  pos_ = static_cast<size_t>(p - begin);
  token.location = here();
  if (p == end) {
    token.kind = TokenKind::kEnd;
    token.text = "";
    return;
  }
  const char c = *p;
  // Names are the most common token: tested before the switch.
  if (is_identifier_start(c)) {
    const char* q = p + 1;
    while (q < end && is_identifier_char(*q)) ++q;
    if (q < end && static_cast<unsigned char>(*q) >= 0x80) return identifier(token);
    pos_ = static_cast<size_t>(q - begin);
    token.kind = TokenKind::kIdentifier;
    token.text = std::string_view(p, static_cast<size_t>(q - p));
    return;
  }
  if (letter_at(p, end) > 0) return identifier(token);
  TokenKind kind;
  switch (c) {
    case '\n': return newline(token);
    case '{': kind = TokenKind::kLeftBrace; break;
    case '}': kind = TokenKind::kRightBrace; break;
    case '(': kind = TokenKind::kLeftParen; break;
    case ')': kind = TokenKind::kRightParen; break;
    case '[': kind = TokenKind::kLeftBracket; break;
    case ']': kind = TokenKind::kRightBracket; break;
    case ',': kind = TokenKind::kComma; break;
    case ':': kind = TokenKind::kColon; break;
    case '=': kind = TokenKind::kEquals; break;
    case '?': kind = TokenKind::kQuestion; break;
    case '.': kind = TokenKind::kDot; break;
    case '@':
      if (p + 1 < end && p[1] == '@') {
        pos_ += 2;
        token.kind = TokenKind::kAtAt;
        token.text = "@@";
        return;
      }
      kind = TokenKind::kAt;
      break;
    case '"': return string_literal(token);
    case '/': return comment(token);
    default:
      if (is_digit(c) || (c == '-' && p + 1 < end && is_digit(p[1]))) return number(token);
      return unexpected_character(token);
  }
  token.kind = kind;
  token.text = std::string_view(p, 1);
  ++pos_;
}

void Lexer::newline(Token& token) {
  token.kind = TokenKind::kNewline;
  token.text = "";
  ++pos_;
  ++line_;
  line_start_ = pos_;
}

Location Lexer::here() const { return Location{file_, line_, static_cast<int>(pos_ - line_start_) + 1}; }

void Lexer::unexpected_character(Token& token) {
  const auto byte = static_cast<unsigned char>(text_[pos_]);
  // A UTF-8 lead byte takes the continuation bytes after it, so one stray character gives one
  // error; a byte that is not a continuation (a newline above all) is left for the next token.
  const size_t sequence = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
  size_t length = 1;
  while (length < sequence && pos_ + length < text_.size() &&
         (static_cast<unsigned char>(text_[pos_ + length]) & 0xC0) == 0x80) {
    ++length;
  }
  const std::string_view bytes = text_.substr(pos_, length);
  pos_ += length;
  // Control characters and bytes that are not a whole UTF-8 character are shown in hex, so that
  // the message is printable and valid UTF-8.
  const bool printable = byte < 0x80 ? byte >= 0x20 && byte != 0x7F : !util::find_invalid_utf8(bytes);
  std::string shown;
  if (printable) {
    shown = bytes;
  } else {
    for (char c : bytes) shown += "\\x" + hex(static_cast<unsigned char>(c));
  }
  token.kind = TokenKind::kError;
  token.text = own("unexpected character \"" + shown + "\"");
}

std::string Lexer::hex(unsigned char byte) {
  const char* digits = "0123456789abcdef";
  return {digits[byte >> 4], digits[byte & 15]};
}

void Lexer::number(Token& token) {
  size_t begin = pos_;
  if (text_[pos_] == '-') ++pos_;
  while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
  if (pos_ + 1 < text_.size() && text_[pos_] == '.' && is_digit(text_[pos_ + 1])) {
    ++pos_;
    while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
  }
  token.kind = TokenKind::kNumber;
  token.text = text_.substr(begin, pos_ - begin);
}

void Lexer::comment(Token& token) {
  if (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '/') {
    ++pos_;
    token.kind = TokenKind::kError;
    token.text = "unexpected character \"/\"";
    return;
  }
  size_t end = text_.find('\n', pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view body = text_.substr(pos_, end - pos_);
  pos_ = end;
  if (body.size() >= 3 && body[2] == '/') {
    body.remove_prefix(3);
    if (!body.empty() && body.front() == ' ') body.remove_prefix(1);
    while (!body.empty() && (body.back() == '\r' || body.back() == ' ')) body.remove_suffix(1);
    token.kind = TokenKind::kDocComment;
    token.text = body;
    return;
  }
  // An ordinary comment is no token. It runs to the end of the line, so the token after it is
  // always the newline or the end of the text: read here, so that read() never loops.
  token.location = here();
  if (pos_ == text_.size()) {
    token.kind = TokenKind::kEnd;
    token.text = "";
    return;
  }
  newline(token);
}

namespace {

// The value of the four hex digits at `text`, or -1.
long hex4(std::string_view text) {
  if (text.size() < 4) return -1;
  unsigned value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + 4, value, 16);
  return error == std::errc() && end == text.data() + 4 ? static_cast<long>(value) : -1;
}

// A character Prisma does not take inside a string as it is (JSON's rule, U+0000 to U+001F):
// write it escaped.
bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20; }

void append_utf8(std::string& out, unsigned long code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

void Lexer::identifier(Token& token) {
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  const char* const start = begin + pos_;
  const char* q = start;
  while (q < end) {
    if (is_identifier_char(*q)) {
      ++q;
    } else if (const size_t length = letter_at(q, end)) {
      q += length;
    } else {
      break;
    }
  }
  pos_ = static_cast<size_t>(q - begin);
  token.kind = TokenKind::kIdentifier;
  token.text = std::string_view(start, static_cast<size_t>(q - start));
}

void Lexer::skip_rest_of_string() {
  while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\n') {
    pos_ += text_[pos_] == '\\' && pos_ + 1 < text_.size() && text_[pos_ + 1] != '\n' ? 2 : 1;
  }
  if (pos_ < text_.size() && text_[pos_] == '"') ++pos_;
}

bool Lexer::unicode_escape(std::string& value) {
  // pos_ is just past the `u` of `\u`.
  const long first = hex4(text_.substr(pos_));
  if (first < 0) return false;
  pos_ += 4;
  if (first < 0xD800 || first > 0xDFFF) {
    append_utf8(value, static_cast<unsigned long>(first));
    return true;
  }
  // A UTF-16 surrogate pair: a high one, then \u and a low one.
  if (first > 0xDBFF || text_.substr(pos_, 2) != "\\u") return false;
  const long second = hex4(text_.substr(pos_ + 2));
  if (second < 0xDC00 || second > 0xDFFF) return false;
  pos_ += 6;
  append_utf8(value, 0x10000 + ((static_cast<unsigned long>(first) - 0xD800) << 10) +
                         (static_cast<unsigned long>(second) - 0xDC00));
  return true;
}

void Lexer::string_literal(Token& token) {
  ++pos_;
  // Most strings have no escapes: their text is a view of the source.
  const size_t begin = pos_;
  size_t end = begin;
  while (end < text_.size() && text_[end] != '"' && text_[end] != '\\' && !is_control(text_[end])) ++end;
  if (end < text_.size() && text_[end] == '"') {
    pos_ = end + 1;
    token.kind = TokenKind::kString;
    token.text = text_.substr(begin, end - begin);
    return;
  }
  std::string value;
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (c == '"') {
      ++pos_;
      token.kind = TokenKind::kString;
      token.text = own(value);
      return;
    }
    if (c == '\n') break;
    if (is_control(c)) {
      token.kind = TokenKind::kError;
      token.text = c == '\t' ? "a tab inside a string: write it as \\t"
                              : "a control character inside a string: write it escaped (\\n, \\r, \\u0001)";
      skip_rest_of_string();
      return;
    }
    if (c == '\\' && pos_ + 1 < text_.size()) {
      char e = text_[pos_ + 1];
      if (e == '\n' || e == '\r') {
        token.kind = TokenKind::kError;
        token.text = "a string cannot go on to the next line: write a line break inside it as \\n";
        return;
      }
      pos_ += 2;
      // JSON's escapes, as Prisma reads them.
      switch (e) {
        case 'n': value += '\n'; break;
        case 't': value += '\t'; break;
        case 'r': value += '\r'; break;
        case 'b': value += '\b'; break;
        case 'f': value += '\f'; break;
        case '"': value += '"'; break;
        case '/': value += '/'; break;
        case '\\': value += '\\'; break;
        case 'u':
          if (!unicode_escape(value)) {
            token.kind = TokenKind::kError;
            token.text = "invalid \\u escape in a string: write four hex digits (\\u00e9), a surrogate pair for "
                         "characters beyond them";
            skip_rest_of_string();
            return;
          }
          break;
        default:
          token.kind = TokenKind::kError;
          token.text = own(std::string("unknown escape sequence \\") + e +
                           " in a string; a backslash is written \\\\ (a Windows path, say)");
          skip_rest_of_string();
          return;
      }
      continue;
    }
    value += c;
    ++pos_;
  }
  token.kind = TokenKind::kError;
  token.text = "unterminated string literal";
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
