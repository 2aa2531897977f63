#include "diff/column_type.hpp"

#include <cctype>
#include <charconv>
#include <utility>

namespace qdb::diff {
namespace {

// PostgreSQL's native types as Prisma names them, in one enum so the cast table reads as a table.
enum class T { kOther, kText, kVarChar, kChar, kCitext, kInteger, kSmallInt, kBigInt, kDecimal, kReal,
               kDouble, kBoolean, kTimestamp, kTimestamptz, kDate, kTime, kTimetz, kJson, kJsonB, kByteA,
               kUuid, kXml, kInet, kMoney, kOid, kBit, kVarBit };

struct Named {
  const char* sql;
  T type;
  const char* display;
};

constexpr Named kTypes[] = {
    {"TEXT", T::kText, "Text"},          {"VARCHAR", T::kVarChar, "VarChar"},
    {"CHAR", T::kChar, "Char"},          {"CITEXT", T::kCitext, "Citext"},
    {"INTEGER", T::kInteger, "Integer"}, {"SMALLINT", T::kSmallInt, "SmallInt"},
    {"BIGINT", T::kBigInt, "BigInt"},    {"DECIMAL", T::kDecimal, "Decimal"},
    {"REAL", T::kReal, "Real"},          {"DOUBLE PRECISION", T::kDouble, "DoublePrecision"},
    {"BOOLEAN", T::kBoolean, "Boolean"}, {"TIMESTAMP", T::kTimestamp, "Timestamp"},
    {"TIMESTAMPTZ", T::kTimestamptz, "Timestamptz"}, {"DATE", T::kDate, "Date"},
    {"TIME", T::kTime, "Time"},          {"TIMETZ", T::kTimetz, "Timetz"},
    {"JSON", T::kJson, "Json"},          {"JSONB", T::kJsonB, "JsonB"},
    {"BYTEA", T::kByteA, "ByteA"},       {"UUID", T::kUuid, "Uuid"},
    {"XML", T::kXml, "Xml"},             {"INET", T::kInet, "Inet"},
    {"MONEY", T::kMoney, "Money"},       {"OID", T::kOid, "Oid"},
    {"BIT", T::kBit, "Bit"},             {"VARBIT", T::kVarBit, "VarBit"},
};

T kind_of(const ColumnType& type) {
  if (type.is_enum) return T::kOther;
  for (const Named& named : kTypes) {
    if (type.base == named.sql) return named.type;
  }
  return T::kOther;
}

std::optional<int> read_int(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

using TC = TypeChange;

// Risk of a string target of `length` characters (nullopt: unlimited, or 1 for CHAR) holding
// `digits` characters of a number.
TC fits(std::optional<int> length, bool next_is_char, int digits) {
  if (length) return *length < digits ? TC::kRiskyCast : TC::kSafeCast;
  return next_is_char ? TC::kRiskyCast : TC::kSafeCast;
}

TC from_integer(T to, const ColumnType& next, int digits, int decimal_digits) {
  const bool to_char = to == T::kChar;
  switch (to) {
    case T::kDecimal:
      return next.first && next.second && *next.first - *next.second < decimal_digits ? TC::kRiskyCast : TC::kSafeCast;
    case T::kReal: case T::kDouble: case T::kText: return TC::kSafeCast;
    case T::kVarChar: case T::kChar: return fits(next.first, to_char, digits);
    default: return TC::kNotCastable;
  }
}

TC from_decimal(const ColumnType& prev, T to, const ColumnType& next) {
  const bool has = prev.first && prev.second;
  const int p = prev.first.value_or(0);
  const int s = prev.second.value_or(0);
  auto to_int = [&](int max_digits) { return !has || s > 0 || p > max_digits ? TC::kRiskyCast : TC::kSafeCast; };
  switch (to) {
    case T::kSmallInt: return to_int(2);
    case T::kInteger: return to_int(9);
    case T::kBigInt: return to_int(18);
    case T::kDecimal: {
      const bool next_has = next.first && next.second;
      if (has && !next_has) return TC::kSafeCast;
      if (!has && next_has) return TC::kRiskyCast;
      if (has && next_has && (p - s > *next.first - *next.second || s > *next.second)) return TC::kRiskyCast;
      return TC::kSafeCast;
    }
    case T::kReal: case T::kDouble: return TC::kRiskyCast;
    case T::kVarChar: case T::kChar: {
      if (next.first && has && s == 0 && p + 1 > *next.first) return TC::kRiskyCast;
      if (next.first && has && s > 0 && p + 2 > *next.first) return TC::kRiskyCast;
      if (next.first && !has && *next.first < 131073) return TC::kRiskyCast;
      if (!next.first && to == T::kChar) return TC::kRiskyCast;
      return TC::kSafeCast;
    }
    case T::kText: return TC::kSafeCast;
    default: return TC::kNotCastable;
  }
}

TC from_string(const ColumnType& prev, T from, T to, const ColumnType& next) {
  if (to == T::kText) return TC::kSafeCast;
  if (to != T::kVarChar && to != T::kChar) return TC::kNotCastable;
  const bool to_char = to == T::kChar;
  const std::optional<int> old_len = prev.first;
  const std::optional<int> new_len = next.first;
  if (from == T::kChar && !old_len) return TC::kSafeCast;
  if (!old_len && !new_len) return to_char ? TC::kRiskyCast : TC::kSafeCast;
  if (!old_len && new_len) return TC::kRiskyCast;
  if (old_len && !new_len) return *old_len == 1 || !to_char ? TC::kSafeCast : TC::kRiskyCast;
  return *old_len > *new_len ? TC::kRiskyCast : TC::kSafeCast;
}

// A change of time-like type with only the precision differing is no change at all when the
// new precision is unset or the old one is unset or equal.
bool same_precision(const ColumnType& prev, const ColumnType& next) {
  return !next.first || !prev.first || prev.first == next.first;
}

TC to_text_like(T to, const ColumnType& next, int min_length) {
  if (to == T::kText || (to == T::kVarChar && !next.first)) return TC::kSafeCast;
  if ((to == T::kChar || to == T::kVarChar) && next.first && *next.first > min_length) return TC::kSafeCast;
  return TC::kNotCastable;
}

TC from_time_like(const ColumnType& prev, T from, T to, const ColumnType& next) {
  static const std::pair<T, int> kLengths[] = {{T::kTimestamp, 22}, {T::kTimestamptz, 27}, {T::kDate, 27},
                                               {T::kTime, 13}, {T::kTimetz, 18}};
  int min_length = 0;
  for (auto [type, length] : kLengths) {
    if (type == from) min_length = length;
  }
  if (TC text = to_text_like(to, next, min_length); text != TC::kNotCastable) return text;
  if (from == to && from != T::kDate && same_precision(prev, next)) return TC::kNone;
  switch (from) {
    case T::kTimestamp: case T::kTimestamptz:
      return to == T::kTimestamp || to == T::kTimestamptz || to == T::kDate || to == T::kTime || to == T::kTimetz
                 ? TC::kSafeCast : TC::kNotCastable;
    case T::kDate: return to == T::kTimestamp || to == T::kTimestamptz ? TC::kSafeCast : TC::kNotCastable;
    case T::kTime: return to == T::kTimetz ? TC::kSafeCast : TC::kNotCastable;
    case T::kTimetz: return to == T::kTimetz || to == T::kTime ? TC::kSafeCast : TC::kNotCastable;
    default: return TC::kNotCastable;
  }
}

TC from_bits(const ColumnType& prev, T from, T to, const ColumnType& next) {
  const std::optional<int> len = prev.first;
  const std::optional<int> new_len = next.first;
  if (from == T::kBit && !len) {
    return to == T::kText || to == T::kVarChar || to == T::kChar || to == T::kVarBit ? TC::kSafeCast : TC::kNotCastable;
  }
  if (from == T::kBit) {
    if (to == T::kText || (to == T::kVarChar && !new_len) || (to == T::kVarBit && !new_len)) return TC::kSafeCast;
    if ((to == T::kVarChar || to == T::kVarBit || to == T::kChar) && new_len && *new_len >= *len) return TC::kSafeCast;
    return TC::kNotCastable;
  }
  if (!len) {
    if (to == T::kText || (to == T::kVarChar && !new_len)) return TC::kSafeCast;
    return to == T::kVarChar || to == T::kChar || to == T::kBit ? TC::kRiskyCast : TC::kNotCastable;
  }
  if (to == T::kText || (to == T::kVarChar && !new_len) || (to == T::kVarBit && !new_len)) return TC::kSafeCast;
  if (to == T::kVarBit && new_len && *new_len > *len) return TC::kSafeCast;
  if ((to == T::kVarChar || to == T::kChar) && new_len && *new_len >= *len) return TC::kSafeCast;
  if (to == T::kBit && (!new_len || *new_len <= *len)) return TC::kRiskyCast;
  return to == T::kChar || to == T::kVarChar ? TC::kRiskyCast : TC::kNotCastable;
}

TC cast(const ColumnType& prev, const ColumnType& next) {
  const T from = kind_of(prev);
  const T to = kind_of(next);
  const bool to_char = to == T::kChar;
  switch (from) {
    case T::kInet: case T::kOid:
      if (to == T::kText || to == T::kVarChar || to == T::kCitext) return TC::kSafeCast;
      return from == T::kOid && (to == T::kBigInt || to == T::kInteger) ? TC::kSafeCast : TC::kNotCastable;
    case T::kMoney:
      return to == T::kText || to == T::kVarChar || to == T::kCitext ? TC::kSafeCast : TC::kRiskyCast;
    case T::kCitext: return to == T::kText || to == T::kVarChar ? TC::kSafeCast : TC::kRiskyCast;
    case T::kSmallInt:
      return to == T::kInteger || to == T::kBigInt ? TC::kSafeCast : from_integer(to, next, 4, 3);
    case T::kInteger:
      if (to == T::kSmallInt) return TC::kRiskyCast;
      return to == T::kBigInt ? TC::kSafeCast : from_integer(to, next, 11, 10);
    case T::kBigInt:
      if (to == T::kSmallInt || to == T::kInteger) return TC::kRiskyCast;
      return from_integer(to, next, 20, 19);
    case T::kDecimal: return from_decimal(prev, to, next);
    case T::kReal: case T::kDouble:
      if (to == T::kSmallInt || to == T::kInteger || to == T::kBigInt || to == T::kDecimal) return TC::kRiskyCast;
      if (to == T::kReal) return from == T::kReal ? TC::kSafeCast : TC::kRiskyCast;
      if (to == T::kDouble || to == T::kText) return TC::kSafeCast;
      if (to == T::kVarChar || to == T::kChar) return fits(next.first, to_char, from == T::kReal ? 47 : 317);
      return TC::kNotCastable;
    case T::kVarChar: case T::kChar: return from_string(prev, from, to, next);
    case T::kText:
      if (to == T::kText || to == T::kCitext || (to == T::kVarChar && !next.first)) return TC::kSafeCast;
      return to == T::kVarChar || to == T::kChar ? TC::kRiskyCast : TC::kNotCastable;
    case T::kByteA:
      if (to == T::kText || (to == T::kVarChar && !next.first)) return TC::kSafeCast;
      return (to == T::kVarChar || to == T::kChar) && next.first && *next.first > 2 ? TC::kRiskyCast : TC::kNotCastable;
    case T::kTimestamp: case T::kTimestamptz: case T::kDate: case T::kTime: case T::kTimetz:
      return from_time_like(prev, from, to, next);
    case T::kBoolean:
      if (to == T::kText || to == T::kVarChar) return TC::kSafeCast;
      if (to == T::kChar && next.first && *next.first > 4) return TC::kSafeCast;
      return to == T::kChar && next.first && *next.first > 3 ? TC::kRiskyCast : TC::kNotCastable;
    case T::kBit: case T::kVarBit: return from_bits(prev, from, to, next);
    case T::kUuid: return to_text_like(to, next, 31);
    case T::kXml: case T::kJson: case T::kJsonB:
      if (to == T::kText || (to == T::kVarChar && !next.first)) return TC::kSafeCast;
      if ((from == T::kJson && to == T::kJsonB) || (from == T::kJsonB && to == T::kJson)) return TC::kSafeCast;
      return to == T::kVarChar || to == T::kChar ? TC::kRiskyCast : TC::kNotCastable;
    case T::kOther: return TC::kRiskyCast;  // a type Prisma has no native name for
  }
  return TC::kNotCastable;
}

}  // namespace

ColumnType parse_column_type(const model::Column& column) {
  ColumnType type;
  std::string_view text = column.type;
  if (text.size() > 2 && text.substr(text.size() - 2) == "[]") {
    type.list = true;
    text.remove_suffix(2);
  }
  if (!column.enum_name.empty()) {
    type.is_enum = true;
    type.base = std::string(text);  // the quoted (and possibly schema-qualified) name
    return type;
  }
  const size_t open = text.find('(');
  std::string_view base = text.substr(0, open);
  for (char c : base) type.base += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (open != std::string_view::npos && text.back() == ')') {
    std::string_view args = text.substr(open + 1, text.size() - open - 2);
    const size_t comma = args.find(',');
    type.first = read_int(args.substr(0, comma));
    if (comma != std::string_view::npos) type.second = read_int(args.substr(comma + 1));
  }
  return type;
}

TypeChange classify_type_change(const ColumnType& from, const ColumnType& to) {
  if (from.is_enum || to.is_enum) {
    return from.is_enum && to.is_enum && from.base == to.base && from.list == to.list ? TC::kNone
                                                                                      : TC::kNotCastable;
  }
  const bool list_to_scalar = from.list && !to.list;
  if (list_to_scalar) {
    const T next = kind_of(to);
    if (next == T::kText || (next == T::kVarChar && !to.first)) return TC::kSafeCast;
    if (next == T::kVarChar || next == T::kChar) return TC::kRiskyCast;
    return TC::kNotCastable;
  }
  if (!from.list && to.list) return TC::kNotCastable;
  if (from == to) return TC::kNone;
  return cast(from, to);
}

std::string display_type(const ColumnType& type) {
  if (type.is_enum) return type.base;
  std::string out = type.base;
  for (const Named& named : kTypes) {
    if (type.base == named.sql) out = named.display;
  }
  if (type.first) {
    // Appended piece by piece: GCC 12 warns falsely about `"(" + std::string` here (-Wrestrict).
    out.append("(").append(std::to_string(*type.first));
    if (type.second) out.append(",").append(std::to_string(*type.second));
    out.append(")");
  }
  return out;
}

}  // namespace qdb::diff
