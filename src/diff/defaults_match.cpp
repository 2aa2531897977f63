#include "diff/defaults_match.hpp"

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/sql_quote.hpp"

namespace qdb::diff {
namespace {

bool is_time_type(const model::Column& column) {
  const std::string_view type = column.type;
  return type.starts_with("TIMESTAMP") || type.starts_with("DATE") || type.starts_with("TIME");
}

// A number literal ([-]digits[.digits]) spelt one way: no leading zeros in the integer part, no
// trailing zeros in the fraction, no point without one, no sign on zero. `0.0` (how a database
// made by hand may keep a Float's default) and `0` (the schema's @default(0)) are one value, as
// Prisma compares them. Anything else is nullopt.
std::optional<std::string> canonical_number(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  const size_t point = text.find('.');
  std::string_view whole = text.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  const auto digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (whole.empty() || !digits(whole) || !digits(fraction) || (point != std::string_view::npos && fraction.empty())) {
    return std::nullopt;
  }
  while (whole.size() > 1 && whole[0] == '0') whole.remove_prefix(1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  std::string out = negative && (whole != "0" || !fraction.empty()) ? "-" : "";
  out.append(whole);
  if (!fraction.empty()) out.append(".").append(fraction);
  return out;
}

bool same_number(const std::string& a, const std::string& b) {
  const std::optional<std::string> x = canonical_number(a);
  return x && x == canonical_number(b);
}

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

// Whether `inspected`'s default, as the server prints it, is the text of `other`'s default: a
// schema's dbgenerated("'1 day'::interval") against the database's '1 day'::interval, which the
// model spells '1 day'. Prisma compares two such expressions ignoring ASCII case.
bool server_text_matches(const model::Column& inspected, const std::string& other) {
  return inspected.server_default && equal_ignoring_ascii_case(*inspected.server_default, other);
}

bool is_json_type(const model::Column& column) {
  return column.type == "JSONB" || column.type == "JSON" || column.type == "JSONB[]" || column.type == "JSON[]";
}

// Two JSON literals as Prisma compares them: as JSON values, so that '{"a":1}' in the schema is
// the '{"a": 1}' a jsonb column keeps (the server writes jsonb its own way). nullopt unless both
// are literals; a literal that is not JSON matches anything, as in Prisma.
std::optional<bool> json_literals_match(std::string_view a, std::string_view b) {
  const std::optional<std::string> x = util::unquote_literal(a);
  const std::optional<std::string> y = util::unquote_literal(b);
  if (!x || !y) return std::nullopt;
  const nlohmann::json left = nlohmann::json::parse(*x, nullptr, false);
  const nlohmann::json right = nlohmann::json::parse(*y, nullptr, false);
  if (left.is_discarded() || right.is_discarded()) return true;
  return left == right;
}

// The same for two defaults of a Json column, or of a Json[] one element by element (both
// ARRAY[...]::<type> as the model spells them).
std::optional<bool> json_defaults_match(const std::string& a, const std::string& b) {
  const size_t a_end = util::array_constructor_end(a);
  const size_t b_end = util::array_constructor_end(b);
  if (a_end == std::string::npos || b_end == std::string::npos) return json_literals_match(a, b);
  const std::vector<std::string_view> x = util::split_array_elements(std::string_view(a).substr(6, a_end - 6));
  const std::vector<std::string_view> y = util::split_array_elements(std::string_view(b).substr(6, b_end - 6));
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    const std::optional<bool> same = json_literals_match(x[i], y[i]);
    if (!same) return std::nullopt;
    if (!*same) return false;
  }
  return true;
}

// A date-time literal a schema gives as a value (@default("2020-01-01T00:00:00Z")), or a list of
// them: not an expression of dbgenerated(), nor a database's default (Prisma reads those as
// expressions).
bool is_time_value(const model::Column& column) {
  const std::string& sql = *column.default_sql;
  return is_time_type(column) && (sql.starts_with("'") || sql.starts_with("ARRAY[")) && !column.default_generated &&
         !column.server_default;
}

}  // namespace

bool defaults_match(const model::Column& from, const model::Column& to) {
  if (to.autoincrementing() || to.any_default) return true;
  if (from.autoincrementing() && !to.default_sql) return true;
  if (from.autoincrementing()) return false;
  if (!from.default_sql || !to.default_sql) return from.default_sql == to.default_sql;
  if (is_time_value(from) || is_time_value(to)) return true;
  if (from.default_generated && to.default_generated) {
    return equal_ignoring_ascii_case(*from.default_sql, *to.default_sql);
  }
  // Between two schemas, a value and an expression are two defaults, whatever their text
  // (@default(42) and dbgenerated("42")), as Prisma has them.
  if (from.default_generated != to.default_generated && !from.server_default && !to.server_default) return false;
  if (server_text_matches(from, *to.default_sql) || server_text_matches(to, *from.default_sql)) return true;
  if (*from.default_sql == *to.default_sql) return true;
  if (is_json_type(from) || is_json_type(to)) {
    if (std::optional<bool> same = json_defaults_match(*from.default_sql, *to.default_sql)) return *same;
  }
  return same_number(*from.default_sql, *to.default_sql);
}

}  // namespace qdb::diff
