#include "util/toml_text.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace qdb::util {
namespace {

bool non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool bare_key_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// What ends a bare value (a number, date, boolean) for toml++: white space, ']', '}', ',', '#'.
bool value_terminator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ']' || c == '}' || c == ',' || c == '#';
}

constexpr const char* kOutsideAString =
    "a non-ASCII character outside a string: TOML allows one only in a \"quoted\" string or a comment";

// Walks a TOML text as toml++ reads it, as far as telling strings and comments from the rest
// goes: where a key or a value begins (a quote opens a string only there), and how far a bare
// key or value runs (toml++ reads a value such as `3"x"` to the next white space, ']', '}', ','
// or '#', testing each character on the way).
class Scanner {
 public:
  Scanner(std::string_view file_name, std::string_view text) : file_(file_name), text_(text) {}

  std::optional<Diagnostic> first_unsafe() {
    // toml++ skips a byte order mark, and so do the columns of qdb's diagnostics.
    if (starts_with_bom()) at_ = 3;
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (non_ascii(c)) return unsafe(at_, kOutsideAString);
      if (c == '#') {
        skip_comment();
      } else if ((c == '"' || c == '\'') && expected_ != Expected::kNeither) {
        if (starts("\"\"\"") || starts("'''")) {
          if (auto found = multi_line_string(c)) return found;
        } else {
          single_line_string(c);
        }
        expected_ = Expected::kNeither;
      } else if (expected_ == Expected::kValue && c != '[' && c != '{' && !value_terminator(c)) {
        while (at_ < text_.size() && !value_terminator(text_[at_])) {
          if (non_ascii(text_[at_])) return unsafe(at_, kOutsideAString);
          ++at_;
        }
        expected_ = Expected::kNeither;
      } else if (expected_ == Expected::kKey && bare_key_character(c)) {
        while (at_ < text_.size() && bare_key_character(text_[at_])) ++at_;
        expected_ = Expected::kNeither;
      } else {
        punctuation(c);
        ++at_;
      }
    }
    return std::nullopt;
  }

 private:
  // What may begin here: a key (at the start of a line, in a table header, in an inline table,
  // after a '.'), a value (after '=', in an array), or neither (after either of them).
  enum class Expected { kKey, kValue, kNeither };

  // Moves the expectation on at a character outside strings, keys and values.
  void punctuation(char c) {
    const char open = nesting_.empty() ? '\0' : nesting_.back();
    switch (c) {
      case '\n':
        if (nesting_.empty()) expected_ = Expected::kKey;  // an array may span lines
        break;
      case '=':
        expected_ = Expected::kValue;
        break;
      case '.':
        expected_ = Expected::kKey;
        break;
      case '[':
        // An array where a value may begin; otherwise a table header, which holds a key.
        if (expected_ == Expected::kValue) {
          nesting_.push_back('[');
        } else {
          expected_ = Expected::kKey;
        }
        break;
      case '{':
        nesting_.push_back('{');
        expected_ = Expected::kKey;
        break;
      case ']':
      case '}':
        if (!nesting_.empty() && open == (c == ']' ? '[' : '{')) nesting_.pop_back();
        expected_ = Expected::kNeither;
        break;
      case ',':
        expected_ = open == '[' ? Expected::kValue : open == '{' ? Expected::kKey : Expected::kNeither;
        break;
      case ' ':
      case '\t':
      case '\r':
        break;
      default:
        expected_ = Expected::kNeither;
    }
  }

  bool starts(std::string_view s) const { return text_.substr(at_, s.size()) == s; }

  bool starts_with_bom() const { return text_.substr(0, 3) == "\xEF\xBB\xBF"; }

  void skip_comment() {
    while (at_ < text_.size() && text_[at_] != '\n') ++at_;
  }

  // 'literal' or "basic" on one line; a line break ends it (toml++ reports it unterminated).
  void single_line_string(char quote) {
    ++at_;
    while (at_ < text_.size() && text_[at_] != quote && text_[at_] != '\n') {
      at_ += quote == '"' && text_[at_] == '\\' && at_ + 1 < text_.size() && text_[at_ + 1] != '\n' ? 2 : 1;
    }
    if (at_ < text_.size() && text_[at_] == quote) ++at_;
  }

  // '''literal''' or """basic""" over several lines. In a basic one, a backslash escapes the next
  // character, or before white space joins the lines: the first character after either is the
  // one toml++ tests for white space.
  std::optional<Diagnostic> multi_line_string(char quote) {
    const std::string_view delimiter = quote == '"' ? "\"\"\"" : "'''";
    at_ += 3;
    while (at_ < text_.size() && !starts(delimiter)) {
      if (quote == '"' && text_[at_] == '\\') {
        ++at_;
        std::size_t next = at_;
        while (next < text_.size() && (text_[next] == ' ' || text_[next] == '\t' || text_[next] == '\r' ||
                                       text_[next] == '\n')) {
          ++next;
        }
        if (next < text_.size() && non_ascii(text_[next])) {
          return unsafe(next, "a non-ASCII character right after a backslash in a \"\"\" string: write it as a "
                              "\\uXXXX escape");
        }
        // The escaped character itself (\" does not end the string); joined white space is skipped
        // with the rest.
        if (at_ < text_.size()) ++at_;
      } else {
        ++at_;
      }
    }
    // The closing delimiter may be followed by up to two more quotes that belong to the string.
    at_ = std::min(at_ + 3, text_.size());
    while (at_ < text_.size() && text_[at_] == quote) ++at_;
    return std::nullopt;
  }

  Diagnostic unsafe(std::size_t offset, std::string message) const {
    int line = 1;
    std::size_t line_begin = starts_with_bom() ? 3 : 0;
    for (std::size_t i = line_begin; i < offset; ++i) {
      if (text_[i] == '\n') {
        ++line;
        line_begin = i + 1;
      }
    }
    return {std::string(file_), line, static_cast<int>(offset - line_begin) + 1, Diagnostic::Severity::kError,
            std::move(message)};
  }

  std::string_view file_;
  std::string_view text_;
  std::size_t at_ = 0;
  Expected expected_ = Expected::kKey;
  std::vector<char> nesting_;  // the open arrays ('[') and inline tables ('{'), innermost last
};

}  // namespace

std::optional<Diagnostic> find_unsafe_toml_character(std::string_view file_name, std::string_view text) {
  return Scanner(file_name, text).first_unsafe();
}

TomlPlace toml_place(std::string_view text, int line, int column) {
  // toml++ does not count a byte order mark, and neither do qdb's columns.
  std::size_t at = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  TomlPlace place{1, 1};
  for (; place.line < line; ++place.line) {
    const std::size_t newline = text.find('\n', at);
    if (newline == std::string_view::npos) break;
    at = newline + 1;
  }
  const std::size_t begin = at;
  for (int characters = 1; characters < column && at < text.size() && text[at] != '\n'; ++characters) {
    // One code point: its first byte and its continuation bytes (10xxxxxx).
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  place.column = static_cast<int>(at - begin) + 1;
  return place;
}

}  // namespace qdb::util
