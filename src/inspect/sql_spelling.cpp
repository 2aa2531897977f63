#include "inspect/sql_spelling.hpp"

#include <cctype>
#include <optional>
#include <vector>

#include "util/sql_quote.hpp"

namespace qdb::inspect {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "(3)" in "timestamp(3) without time zone", or "" when there is none.
std::string modifier_of(std::string_view text) {
  size_t open = text.find('(');
  size_t close = text.find(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return "";
  std::string out;
  for (char c : text.substr(open, close - open + 1)) {
    if (c != ' ') out += c;  // numeric(10, 2) never appears, but Prisma writes no spaces anyway
  }
  return out;
}

std::string scalar_spelling(std::string_view type) {
  const std::string modifier = modifier_of(type);
  // The families whose modifier sits in the middle or whose name changes.
  struct Family { std::string_view prefix; std::string_view suffix; std::string_view prisma; };
  static constexpr Family kFamilies[] = {
      {"timestamp", "with time zone", "TIMESTAMPTZ"}, {"timestamp", "without time zone", "TIMESTAMP"},
      {"time", "with time zone", "TIMETZ"},           {"time", "without time zone", "TIME"},
      {"character varying", "", "VARCHAR"},           {"character", "", "CHAR"},
      {"bit varying", "", "VARBIT"},                  {"bit", "", "BIT"},
      {"numeric", "", "DECIMAL"},
  };
  for (const Family& family : kFamilies) {
    if (!starts_with(type, family.prefix)) continue;
    std::string_view rest = type.substr(family.prefix.size());
    if (!rest.empty() && rest[0] != '(' && rest[0] != ' ') continue;  // "timestamp" is not "timestamptz"
    if (!family.suffix.empty() && !rest.ends_with(family.suffix)) continue;
    if (family.suffix.empty() && rest.find(' ') != std::string_view::npos && rest[0] != '(') continue;
    // A time type without a precision has PostgreSQL's, 6: as Prisma reads it, so that a
    // DateTime (TIMESTAMP(3)) over a plain `timestamp` column is a change of type.
    if (modifier.empty() && family.prefix.starts_with("time")) return std::string(family.prisma) + "(6)";
    return std::string(family.prisma) + modifier;
  }
  static constexpr std::string_view kPlain[] = {
      "text", "integer", "bigint", "smallint", "double precision", "real", "boolean", "date", "jsonb",
      "json", "bytea", "uuid", "xml", "inet", "citext", "oid", "money",
  };
  for (std::string_view name : kPlain) {
    if (type == name) return upper(name);
  }
  return std::string(type);
}

// The end of the quoted literal that starts at `text[0]` ('...' with '' inside), or npos.
size_t literal_end(std::string_view text) {
  if (text.empty() || text[0] != '\'') return std::string_view::npos;
  for (size_t i = 1; i < text.size(); ++i) {
    if (text[i] != '\'') continue;
    if (i + 1 < text.size() && text[i + 1] == '\'') {
      ++i;
      continue;
    }
    return i + 1;
  }
  return std::string_view::npos;
}

// A type name after `::`: letters, digits, _, spaces, quotes, dots, parentheses, commas, [].
bool is_type_name(std::string_view text) {
  if (text.empty()) return false;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && !(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ' ' || c == '.' ||
                          c == '(' || c == ')' || c == ',' || c == '[' || c == ']')) return false;
  }
  return !quoted;
}

bool is_number(std::string_view text) {
  size_t i = text.size() > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) digits = true;
    else if (text[i] == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

// Types whose literals Prisma writes as bare numbers.
bool is_numeric_type(std::string_view type) {
  for (std::string_view prefix : {"INTEGER", "BIGINT", "SMALLINT", "DECIMAL", "DOUBLE PRECISION", "REAL", "OID"}) {
    if (type.starts_with(prefix)) return true;
  }
  return false;
}

// `'text'::type` → `'text'`, a quoted number of a numeric column → the number; nullopt when
// `element` is not a cast literal.
std::optional<std::string> uncast_literal(std::string_view element, std::string_view column_type) {
  size_t end = literal_end(element);
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view literal = element.substr(0, end);
  std::string_view rest = element.substr(end);
  if (!rest.empty() && !(starts_with(rest, "::") && is_type_name(rest.substr(2)))) return std::nullopt;
  std::string_view inner = literal.substr(1, literal.size() - 2);
  if (!rest.empty() && is_number(inner) && is_numeric_type(column_type)) return std::string(inner);
  return std::string(literal);
}

// `(-1)` or `(1.5)::double precision` around numbers, as the server prints negative constants.
std::optional<std::string> uncast_number(std::string_view element) {
  if (size_t cast = element.find("::"); cast != std::string_view::npos && is_type_name(element.substr(cast + 2))) {
    element = element.substr(0, cast);
  }
  if (element.size() > 2 && element.front() == '(' && element.back() == ')') element = element.substr(1, element.size() - 2);
  if (is_number(element)) return std::string(element);
  return std::nullopt;
}

// The `)` that closes the `(` at `text[0]`, outside quotes, or npos.
size_t closing_parenthesis(std::string_view text) {
  int depth = 0;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\'') quoted = !quoted;
    if (quoted) continue;
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

std::string element_spelling(std::string_view element, std::string_view column_type) {
  if (auto literal = uncast_literal(element, column_type)) return *literal;
  if (auto number = uncast_number(element)) return *number;
  // A constant cast twice, as the server prints a negative number of a Float[] default:
  // `('-2'::integer)::double precision` is `-2`.
  if (element.starts_with('(')) {
    const size_t close = closing_parenthesis(element);
    const std::string_view cast = close == std::string_view::npos ? std::string_view() : element.substr(close + 1);
    if (starts_with(cast, "::") && is_type_name(cast.substr(2))) {
      const std::string_view inner = element.substr(1, close - 1);
      if (auto literal = uncast_literal(inner, column_type)) return *literal;
      if (auto number = uncast_number(inner)) return *number;
    }
  }
  return std::string(element);
}

std::optional<std::string> array_spelling(std::string_view expression, const std::string& column_type) {
  const size_t close = util::array_constructor_end(expression);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view after = expression.substr(close + 1);
  if (!after.empty() && !(starts_with(after, "::") && is_type_name(after.substr(2)))) return std::nullopt;
  std::string out = "ARRAY[";
  std::vector<std::string_view> elements = util::split_array_elements(expression.substr(6, close - 6));
  // The elements' own type: the column's without its [].
  std::string_view element_type = std::string_view(column_type).substr(0, column_type.size() - 2);
  for (size_t i = 0; i < elements.size(); ++i) {
    out.append(i ? ", " : "").append(element_spelling(elements[i], element_type));
  }
  return out + "]::" + column_type;
}

// An array the server keeps in its own literal syntax, as hand-made defaults often are
// (`'{a,"b c"}'::text[]`, `'{1,-2}'::integer[]`): its elements as array_spelling() spells them,
// `ARRAY['a', 'b c']::TEXT[]`. nullopt for a NULL element, a nested array, or an element a
// numeric or boolean column cannot take.
std::optional<std::string> array_literal_spelling(std::string_view expression, const std::string& column_type) {
  if (!column_type.ends_with("[]")) return std::nullopt;
  const size_t end = literal_end(expression);
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view cast = expression.substr(end);
  if (!cast.empty() && !(starts_with(cast, "::") && is_type_name(cast.substr(2)))) return std::nullopt;
  const std::optional<std::string> text = util::unquote_literal(expression.substr(0, end));
  if (!text || text->size() < 2 || text->front() != '{' || text->back() != '}') return std::nullopt;
  const std::string_view inside = std::string_view(*text).substr(1, text->size() - 2);
  const std::string_view element_type = std::string_view(column_type).substr(0, column_type.size() - 2);
  std::vector<std::string> elements;
  size_t i = 0;
  while (i < inside.size()) {
    while (i < inside.size() && inside[i] == ' ') ++i;
    std::string value;
    if (i < inside.size() && inside[i] == '"') {
      for (++i; i < inside.size() && inside[i] != '"'; ++i) {
        if (inside[i] == '\\' && i + 1 < inside.size()) ++i;
        value += inside[i];
      }
      if (i >= inside.size()) return std::nullopt;
      ++i;  // the closing quote
    } else {
      for (; i < inside.size() && inside[i] != ','; ++i) value += inside[i];
      while (!value.empty() && value.back() == ' ') value.pop_back();
      if (value.find_first_of("{}\"") != std::string::npos) return std::nullopt;
      std::string upper = value;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (upper == "NULL") return std::nullopt;
    }
    while (i < inside.size() && inside[i] == ' ') ++i;
    if (i < inside.size() && inside[i] != ',') return std::nullopt;
    ++i;
    if (is_numeric_type(element_type)) {
      if (!is_number(value)) return std::nullopt;
      elements.push_back(value);
    } else if (element_type == "BOOLEAN") {
      if (value == "t" || value == "true") elements.emplace_back("true");
      else if (value == "f" || value == "false") elements.emplace_back("false");
      else return std::nullopt;
    } else {
      elements.push_back(util::quote_literal(value));
    }
  }
  std::string out = "ARRAY[";
  for (size_t k = 0; k < elements.size(); ++k) out.append(k ? ", " : "").append(elements[k]);
  return out + "]::" + column_type;
}

// `'2020-01-01 00:00:00.5'::timestamp without time zone` → `'2020-01-01 00:00:00.500 +00:00'`, as
// Prisma writes a DateTime default (fractions padded to 3, 6 or 9 digits; a timestamp without time
// zone drops the offset, so +00:00 is what Prisma's UTC literal stored).
std::optional<std::string> timestamp_spelling(std::string_view expression) {
  constexpr std::string_view kCast = "::timestamp without time zone";
  if (!expression.ends_with(kCast)) return std::nullopt;
  std::string_view literal = expression.substr(0, expression.size() - kCast.size());
  if (literal_end(literal) != literal.size() || literal.size() < 21) return std::nullopt;
  std::string value(literal.substr(1, literal.size() - 2));
  if (value.size() < 19 || value[10] != ' ' || value[13] != ':' || value[16] != ':') return std::nullopt;
  if (size_t dot = value.find('.'); dot != std::string::npos) {
    size_t digits = value.size() - dot - 1;
    size_t padded = digits <= 3 ? 3 : digits <= 6 ? 6 : 9;
    value.append(padded - digits, '0');
  } else if (value.size() != 19) {
    return std::nullopt;
  }
  return "'" + value + " +00:00'";
}

}  // namespace

std::string type_spelling(std::string_view formatted_type) {
  if (formatted_type.ends_with("[]")) {
    return scalar_spelling(formatted_type.substr(0, formatted_type.size() - 2)) + "[]";
  }
  return scalar_spelling(formatted_type);
}

std::string default_spelling(std::string_view expression, const std::string& column_type) {
  if (expression == "now()" || expression == "CURRENT_TIMESTAMP") return "CURRENT_TIMESTAMP";
  if (auto array = array_spelling(expression, column_type)) return *array;
  if (auto array = array_literal_spelling(expression, column_type)) return *array;
  if (column_type.starts_with("TIMESTAMP") && !column_type.starts_with("TIMESTAMPTZ")) {
    if (auto timestamp = timestamp_spelling(expression)) return *timestamp;
  }
  if (auto literal = uncast_literal(expression, column_type)) return *literal;
  if (auto number = uncast_number(expression)) return *number;
  return std::string(expression);
}

}  // namespace qdb::inspect
