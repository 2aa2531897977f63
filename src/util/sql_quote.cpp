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

}  // namespace qdb::util
