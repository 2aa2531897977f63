#include "config/dotenv.hpp"

namespace qdb::config {
namespace {

bool is_key_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

bool is_name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }

bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string describe_char(char c) {
  if (c == '\'') return "\"'\"";
  if (c == ' ') return "' ' (a space)";
  return std::string("'") + c + "'";
}

enum class Quoting { kNone, kDouble };

class Parser {
 public:
  Parser(std::string_view file_name, std::string text, const DotenvLookups& lookups)
      : file_name_(file_name), text_(std::move(text)), lookups_(lookups) {}

  DotenvFile run() {
    size_t pos = 0;
    while (pos < text_.size()) pos = parse_line(pos);
    return std::move(result_);
  }

 private:
  size_t line_end(size_t pos) const {
    size_t end = text_.find('\n', pos);
    return end == std::string::npos ? text_.size() : end;
  }

  size_t next_line(size_t pos) const {
    size_t end = line_end(pos);
    return end == text_.size() ? end : end + 1;
  }

  void report(size_t offset, std::string message,
              Diagnostic::Severity severity = Diagnostic::Severity::kError) {
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < offset && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    result_.diagnostics.push_back({file_name_, line, static_cast<int>(offset - line_start) + 1,
                                   severity, std::move(message)});
  }

  int line_of(size_t offset) const {
    int line = 1;
    for (size_t i = 0; i < offset; ++i) line += text_[i] == '\n';
    return line;
  }

  std::string resolve(const std::string& name) const {
    if (lookups_.overrides) {
      if (auto value = lookups_.overrides(name)) return *value;
    }
    if (const DotenvEntry* entry = result_.find(name)) return entry->value;
    if (lookups_.fallback) {
      if (auto value = lookups_.fallback(name)) return *value;
    }
    return {};
  }

  // Resolves escapes (per `quoting`) and references in text_[begin, end).
  std::string expand(size_t begin, size_t end, Quoting quoting) {
    std::string out;
    size_t i = begin;
    while (i < end) {
      char c = text_[i];
      if (c == '\\' && i + 1 < end) {
        char next = text_[i + 1];
        if (next == '$') {
          out += '$';
          i += 2;
          continue;
        }
        if (quoting == Quoting::kDouble) {
          const char* replacement = next == 'n' ? "\n" : next == 'r' ? "\r" : next == 't' ? "\t"
                                  : next == '"' ? "\"" : next == '\\' ? "\\" : nullptr;
          if (replacement) {
            out += replacement;
            i += 2;
            continue;
          }
        }
        out += c;
        ++i;
        continue;
      }
      if (c != '$' || i + 1 >= end) {
        out += c;
        ++i;
        continue;
      }
      if (is_name_start(text_[i + 1])) {
        size_t name_end = i + 1;
        while (name_end < end && is_name_char(text_[name_end])) ++name_end;
        out += resolve(text_.substr(i + 1, name_end - i - 1));
        i = name_end;
        continue;
      }
      if (text_[i + 1] != '{') {
        out += c;
        ++i;
        continue;
      }
      // ${NAME} or ${NAME:-default}; a default may itself hold references.
      size_t close = i + 2;
      int depth = 1;
      while (close < end) {
        if (text_[close] == '\\' && close + 1 < end) {
          close += 2;
          continue;
        }
        if (text_[close] == '$' && close + 1 < end && text_[close + 1] == '{') {
          ++depth;
          close += 2;
          continue;
        }
        if (text_[close] == '}' && --depth == 0) break;
        ++close;
      }
      if (close >= end) {
        report(i, "\"${\" has no closing '}'; write ${NAME}, or \\$ for a literal '$'");
        out.append(text_, i, end - i);
        return out;
      }
      std::string_view inner = std::string_view(text_).substr(i + 2, close - i - 2);
      size_t marker = inner.find(":-");
      std::string name(inner.substr(0, marker));
      size_t bad = 0;
      while (bad < name.size() && is_key_char(name[bad])) ++bad;
      if (name.empty() || bad < name.size()) {
        report(i, "\"${" + std::string(inner) + "}\" is not a variable reference; names use "
                  "letters, digits, '_', '.' and '-' (write \\$ for a literal '$')");
        out.append(text_, i, close + 1 - i);
        i = close + 1;
        continue;
      }
      std::string value = resolve(name);
      if (value.empty() && marker != std::string_view::npos) {
        size_t default_begin = i + 2 + marker + 2;
        value = expand(default_begin, close, quoting);
      }
      out += value;
      i = close + 1;
    }
    return out;
  }

  void add(std::string key, std::string value, size_t key_offset) {
    int line = line_of(key_offset);
    for (auto& entry : result_.entries) {
      if (entry.key == key) {
        report(key_offset,
               key + " is set again; the value from line " + std::to_string(entry.line) +
                   " is replaced",
               Diagnostic::Severity::kWarning);
        entry.value = std::move(value);
        entry.line = line;
        return;
      }
    }
    result_.entries.push_back({std::move(key), std::move(value), line});
  }

  // Checks that only blanks or a comment follow a closing quote; returns the next line's start.
  size_t finish_quoted(size_t after_quote) {
    size_t end = line_end(after_quote);
    size_t i = after_quote;
    while (i < end && is_blank(text_[i])) ++i;
    if (i < end && text_[i] != '#') {
      report(i, "unexpected text after the closing quote; put the whole value inside the quotes "
                "or start a comment with ' #'");
    }
    return end == text_.size() ? end : end + 1;
  }

  size_t parse_line(size_t start) {
    const size_t end = line_end(start);
    size_t i = start;
    while (i < end && is_blank(text_[i])) ++i;
    if (i == end || text_[i] == '#') return next_line(start);

    if (text_.compare(i, 6, "export") == 0 && i + 6 < end && is_blank(text_[i + 6])) {
      i += 6;
      while (i < end && is_blank(text_[i])) ++i;
    }
    const size_t key_begin = i;
    while (i < end && is_key_char(text_[i])) ++i;
    std::string key = text_.substr(key_begin, i - key_begin);
    if (key.empty()) {
      if (i < end && text_[i] == '=') {
        report(i, "a variable name is missing before '='; write KEY=value");
      } else {
        report(i, "invalid character " + describe_char(text_[i]) +
                      " at the start of a variable name; names use letters, digits, '_', '.' "
                      "and '-'");
      }
      return next_line(start);
    }
    if (i < end && !is_blank(text_[i]) && text_[i] != '=') {
      report(i, "invalid character " + describe_char(text_[i]) + " in variable name \"" + key +
                    "\"; names use letters, digits, '_', '.' and '-'");
      return next_line(start);
    }
    while (i < end && is_blank(text_[i])) ++i;
    if (i == end) {
      report(key_begin, "\"" + key + "\" has no '='; write " + key + "=value (or " + key +
                            "= for an empty value)");
      return next_line(start);
    }
    if (text_[i] != '=') {
      report(i, "expected '=' after \"" + key + "\"; variable names cannot contain spaces");
      return next_line(start);
    }
    ++i;
    while (i < end && is_blank(text_[i])) ++i;

    if (i < end && text_[i] == '\'') {
      size_t close = text_.find('\'', i + 1);
      if (close == std::string::npos) {
        report(i, "unterminated single-quoted value; add a closing ' (single quotes cannot be "
                  "escaped: use double quotes for a value that contains ')");
        return next_line(start);
      }
      add(std::move(key), text_.substr(i + 1, close - i - 1), key_begin);
      return finish_quoted(close + 1);
    }
    if (i < end && text_[i] == '"') {
      size_t close = i + 1;
      while (close < text_.size() && text_[close] != '"') close += text_[close] == '\\' ? 2 : 1;
      if (close >= text_.size()) {
        report(i, "unterminated double-quoted value; add a closing \" (write \\\" for a quote "
                  "inside the value)");
        return next_line(start);
      }
      add(std::move(key), expand(i + 1, close, Quoting::kDouble), key_begin);
      return finish_quoted(close + 1);
    }
    size_t value_end = i;
    while (value_end < end && !(text_[value_end] == '#' && is_blank(text_[value_end - 1]))) {
      ++value_end;
    }
    while (value_end > i && is_blank(text_[value_end - 1])) --value_end;
    add(std::move(key), expand(i, value_end, Quoting::kNone), key_begin);
    return next_line(start);
  }

  std::string file_name_;
  std::string text_;
  const DotenvLookups& lookups_;
  DotenvFile result_;
};

std::string normalize(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

}  // namespace

const DotenvEntry* DotenvFile::find(std::string_view key) const {
  for (const auto& entry : entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

DotenvFile parse_dotenv(std::string_view file_name, std::string_view text,
                        const DotenvLookups& lookups) {
  return Parser(file_name, normalize(text), lookups).run();
}

}  // namespace qdb::config
