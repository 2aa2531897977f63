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

}  // namespace qdb::util
