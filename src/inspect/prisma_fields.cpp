#include "inspect/prisma_fields.hpp"

#include <cctype>
#include <cstdio>
#include <algorithm>
#include <map>
#include <regex>
#include <vector>

#include "inspect/to_prisma.hpp"
#include "prisma/native_types.hpp"
#include "util/sql_quote.hpp"

namespace qdb::inspect {
namespace {

bool is_number(std::string_view text) {
  size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) digits = true;
    else if (text[i] == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

FieldType scalar_type(std::string_view sql) {
  // The types lower() writes for a scalar without @db.* (prisma/lower.cpp, scalar_sql).
  static const std::map<std::string_view, std::string_view> kDefaults = {
      {"TEXT", "String"},       {"INTEGER", "Int"},           {"BIGINT", "BigInt"},
      {"DOUBLE PRECISION", "Float"}, {"DECIMAL(65,30)", "Decimal"}, {"BOOLEAN", "Boolean"},
      {"TIMESTAMP(3)", "DateTime"}, {"JSONB", "Json"},         {"BYTEA", "Bytes"},
  };
  FieldType type;
  if (auto found = kDefaults.find(sql); found != kDefaults.end()) {
    type.name = found->second;
  } else {
    const size_t open = sql.find('(');
    const prisma::NativeTypeInfo* info = prisma::find_native_type_by_sql(sql.substr(0, open));
    if (!info || (open != std::string_view::npos && !sql.ends_with(")"))) {
      type.name = "Unsupported(" + string_literal(sql) + ")";
      return type;
    }
    type.name = prisma::scalar_type_name(info->scalar);
    type.native = "@db." + std::string(info->name);
    if (open != std::string_view::npos) {
      std::string arguments(sql.substr(open + 1, sql.size() - open - 2));
      std::string spaced;
      for (char c : arguments) spaced += c == ',' ? std::string(", ") : std::string(1, c);
      type.native += "(" + spaced + ")";
    }
    // (A time type always has its precision here: the inspector spells the server's default, 6.)
  }
  type.numeric = type.name == "Int" || type.name == "BigInt" || type.name == "Float" || type.name == "Decimal";
  type.text = type.name == "String" || type.name == "Json";
  return type;
}

// One element of a default: a literal the schema language can say, or nullopt.
// '\x0102' → "AQI=": a Bytes default is written in base64; nullopt when `hex` is not hex digits.
std::optional<std::string> hex_to_base64(std::string_view hex) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string bytes;
  for (size_t i = 0; i < hex.size(); i += 2) {
    if (!std::isxdigit(static_cast<unsigned char>(hex[i])) || !std::isxdigit(static_cast<unsigned char>(hex[i + 1]))) {
      return std::nullopt;
    }
    bytes += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  }
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    unsigned chunk = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(chunk >> 18) & 63];
    out += kAlphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[chunk & 63] : '=';
  }
  return out;
}

// Whether Prisma reads `element`, one element of an array default as the server prints it
// (`'a'::text`, `(1.5)::double precision`, `('-2'::integer)::double precision`), as a value of
// `type`: its introspection takes a list default as values only when it reads every element, and
// writes dbgenerated() of the server's text otherwise. Its readers, by type: a number, bare or
// quoted, and for Float and Decimal also in parentheses, but not a quoted one in parentheses (as
// the server prints a negative integer cast to double precision); a quoted string; an enum value
// bare or quoted; true or false; bytes as '\x..'; never a date-time literal. Each may be followed
// by a cast.
bool prisma_reads_element(std::string_view element, const FieldType& type) {
  // Compiled once: a pulled schema may have many list defaults.
  static const std::string cast = "(?:::[A-Za-z_\" .()\\[\\],0-9]+)?";
  static const std::string quoted = "'(?:[^']|'')*'";
  static const std::regex kEnum("(?:[A-Za-z_][A-Za-z0-9_]*|" + quoted + ")" + cast, std::regex::icase);
  static const std::regex kInteger("(?:-?[0-9]+|'-?[0-9]+')" + cast, std::regex::icase);
  static const std::regex kNumber("(?:-?[0-9]+(?:\\.[0-9]+)?|\\(-?[0-9]+(?:\\.[0-9]+)?\\)|'-?[0-9]+(?:\\.[0-9]+)?')" + cast,
                                  std::regex::icase);
  static const std::regex kText(quoted + cast, std::regex::icase);
  static const std::regex kBoolean("(?:true|false)", std::regex::icase);
  const std::regex* pattern = nullptr;
  if (type.enum_type) pattern = &kEnum;
  else if (type.name == "Int" || type.name == "BigInt") pattern = &kInteger;
  else if (type.name == "Float" || type.name == "Decimal") pattern = &kNumber;
  else if (type.name == "String" || type.name == "Json" || type.name == "Bytes") pattern = &kText;
  else if (type.name == "Boolean") pattern = &kBoolean;
  else return false;
  return std::regex_match(element.begin(), element.end(), *pattern);
}

std::optional<std::string> default_value(std::string_view sql, const FieldType& type) {
  if (type.enum_type) {
    std::optional<std::string> value = util::unquote_literal(sql);
    if (!value) return std::nullopt;
    for (const std::string& item : type.enum_type->values) {
      if (item == *value) return prisma_identifier(item);
    }
    return std::nullopt;
  }
  if (type.numeric && is_number(sql)) return std::string(sql);
  if (type.name == "Bytes") {
    std::optional<std::string> value = util::unquote_literal(sql);
    if (!value || !value->starts_with("\\x")) return std::nullopt;
    if (std::optional<std::string> base64 = hex_to_base64(std::string_view(*value).substr(2))) {
      return string_literal(*base64);
    }
    return std::nullopt;
  }
  if (type.name == "Boolean" && (sql == "true" || sql == "false")) return std::string(sql);
  if (type.text) {
    if (std::optional<std::string> value = util::unquote_literal(sql)) return string_literal(*value);
  }
  return std::nullopt;
}

}  // namespace

std::string string_literal(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

FieldType field_type(const model::Schema& schema, const model::Column& column) {
  std::string_view sql = column.type;
  const bool list = sql.ends_with("[]");
  if (list) sql.remove_suffix(2);
  FieldType type;
  if (!column.enum_name.empty()) {
    // The enum of that name whose spelling the column's type is: enums of several schemas may
    // share a name ("billing"."Status" and "Status").
    for (const model::Enum& e : schema.enums) {
      if (e.name != column.enum_name) continue;
      const std::string spelled = e.schema.empty() ? util::quote_identifier(e.name)
                                                   : util::quote_identifier(e.schema) + "." + util::quote_identifier(e.name);
      if (type.enum_type == nullptr || spelled == sql) type.enum_type = &e;
    }
    type.name = prisma_identifier(column.enum_name);
  } else {
    type = scalar_type(sql);
  }
  type.list = list;
  return type;
}

std::optional<std::string> default_argument(const model::Column& column, const FieldType& type) {
  // An identity column is written as autoincrement() too, as Prisma writes it (migrations made
  // from the pulled schema would create SERIAL instead: docs/pull.md).
  if (column.autoincrement || column.identity) return "autoincrement()";
  // A generated column's expression, as Prisma writes it (lowering makes it a plain default).
  if (column.generated_sql) return "dbgenerated(" + string_literal(*column.generated_sql) + ")";
  if (!column.default_sql) return std::nullopt;
  const std::string& sql = *column.default_sql;
  if (sql == "CURRENT_TIMESTAMP" && type.name == "DateTime" && !type.list) return "now()";
  if (type.list && sql.starts_with("ARRAY[")) {
    const size_t close = util::array_constructor_end(sql);
    // Prisma reads the server's text: an ARRAY[...] of elements it cannot read is dbgenerated().
    const std::string server = column.server_default.value_or(sql);
    const size_t server_close = util::array_constructor_end(server);
    const bool prisma_reads =
        server_close == std::string::npos ||
        std::ranges::all_of(util::split_array_elements(std::string_view(server).substr(6, server_close - 6)),
                            [&](std::string_view element) { return prisma_reads_element(element, type); });
    if (close != std::string::npos && prisma_reads) {
      std::string out = "[";
      bool all = true;
      for (std::string_view element : util::split_array_elements(std::string_view(sql).substr(6, close - 6))) {
        std::optional<std::string> value = default_value(element, type);
        if (!value) all = false;
        if (out.size() > 1) out += ", ";
        out += value.value_or("");
      }
      if (all) return out + "]";
    }
  } else if (!type.list) {
    if (std::optional<std::string> value = default_value(sql, type)) return value;
  }
  // What the schema language cannot say as a value, as the server prints it (Prisma's words).
  return "dbgenerated(" + string_literal(column.server_default.value_or(sql)) + ")";
}

}  // namespace qdb::inspect
