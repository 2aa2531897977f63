#include "util/toml_text.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

namespace qdb::util {
namespace {

bool non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// Walks a TOML text as far as strings and comments go, which is all the check needs to know.
class Scanner {
 public:
  Scanner(std::string_view file_name, std::string_view text) : file_(file_name), text_(text) {}

  std::optional<Diagnostic> first_unsafe() {
    // toml++ skips a byte order mark, and so do the columns of qdb's diagnostics.
    if (starts_with_bom()) at_ = 3;
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '#') {
        skip_comment();
      } else if ((c == '"' || c == '\'') && string_may_start()) {
        if (starts("\"\"\"") || starts("'''")) {
          if (auto found = multi_line_string(c)) return found;
        } else {
          single_line_string(c);
        }
        last_ = c;
      } else if (non_ascii(c)) {
        return unsafe(at_, "a non-ASCII character outside a string: TOML allows one only in a \"quoted\" string "
                           "or a comment");
      } else {
        if (c != ' ' && c != '\t' && c != '\r') last_ = c;
        ++at_;
      }
    }
    return std::nullopt;
  }

 private:
  bool starts(std::string_view s) const { return text_.substr(at_, s.size()) == s; }

  bool starts_with_bom() const { return text_.substr(0, 3) == "\xEF\xBB\xBF"; }

  // Whether a quote here opens a string: at the start of a line (a key), after '=', '[', '{', ','
  // or '.'. Anywhere else, as in `3"x"`, toml++ reads it as part of a bare value and tests the
  // characters after it for white space.
  bool string_may_start() const { return std::string_view("\n=[{,.").find(last_) != std::string_view::npos; }

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
  char last_ = '\n';  // the last byte outside strings and comments that is not a blank
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
