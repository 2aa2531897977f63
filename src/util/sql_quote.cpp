#include "util/sql_quote.hpp"

namespace qdb::util {
namespace {

std::string quote_with(std::string_view text, char quote) {
  std::string out(1, quote);
  out.reserve(text.size() + 2);
  for (char c : text) {
    out += c;
    if (c == quote) out += quote;
  }
  out += quote;
  return out;
}

}  // namespace

std::string quote_identifier(std::string_view name) { return quote_with(name, '"'); }

std::string quote_literal(std::string_view text) { return quote_with(text, '\''); }

std::optional<std::string> unquote_literal(std::string_view literal) {
  if (literal.size() < 2 || literal.front() != '\'' || literal.back() != '\'') return std::nullopt;
  std::string out;
  out.reserve(literal.size() - 2);
  for (size_t i = 1; i + 1 < literal.size(); ++i) {
    if (literal[i] == '\'') {
      if (i + 2 >= literal.size() || literal[i + 1] != '\'') return std::nullopt;  // the literal ends early
      ++i;
    }
    out += literal[i];
  }
  return out;
}

std::vector<std::string_view> split_array_elements(std::string_view inside) {
  std::vector<std::string_view> out;
  if (inside.empty()) return out;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i <= inside.size(); ++i) {
    if (i == inside.size() || (!quoted && depth == 0 && inside[i] == ',')) {
      std::string_view item = inside.substr(start, i - start);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      out.push_back(item);
      start = i + 1;
      continue;
    }
    const char c = inside[i];
    if (c == '\'') quoted = !quoted;
    if (quoted) continue;
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
  }
  return out;
}

size_t array_constructor_end(std::string_view expression) {
  if (!expression.starts_with("ARRAY[")) return std::string_view::npos;
  int depth = 0;
  bool quoted = false;
  for (size_t i = 5; i < expression.size(); ++i) {
    const char c = expression[i];
    if (c == '\'') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') ++depth;
    if (c == ']' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

}  // namespace qdb::util
