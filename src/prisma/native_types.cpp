#include "prisma/native_types.hpp"

#include <charconv>
#include <iterator>

namespace qdb::prisma {
namespace {

constexpr NativeTypeInfo kNativeTypes[] = {
    {"Text", ScalarType::kString, 0, 0, "TEXT"},
    {"Char", ScalarType::kString, 0, 1, "CHAR"},
    {"VarChar", ScalarType::kString, 0, 1, "VARCHAR"},
    {"Bit", ScalarType::kString, 0, 1, "BIT"},
    {"VarBit", ScalarType::kString, 0, 1, "VARBIT"},
    {"Uuid", ScalarType::kString, 0, 0, "UUID"},
    {"Xml", ScalarType::kString, 0, 0, "XML"},
    {"Inet", ScalarType::kString, 0, 0, "INET"},
    {"Citext", ScalarType::kString, 0, 0, "CITEXT"},
    {"SmallInt", ScalarType::kInt, 0, 0, "SMALLINT"},
    {"Integer", ScalarType::kInt, 0, 0, "INTEGER"},
    {"Oid", ScalarType::kInt, 0, 0, "OID"},
    {"BigInt", ScalarType::kBigInt, 0, 0, "BIGINT"},
    {"Real", ScalarType::kFloat, 0, 0, "REAL"},
    {"DoublePrecision", ScalarType::kFloat, 0, 0, "DOUBLE PRECISION"},
    {"Decimal", ScalarType::kDecimal, 0, 2, "DECIMAL"},
    {"Money", ScalarType::kDecimal, 0, 0, "MONEY"},
    {"Timestamp", ScalarType::kDateTime, 0, 1, "TIMESTAMP"},
    {"Timestamptz", ScalarType::kDateTime, 0, 1, "TIMESTAMPTZ"},
    {"Date", ScalarType::kDateTime, 0, 0, "DATE"},
    {"Time", ScalarType::kDateTime, 0, 1, "TIME"},
    {"Timetz", ScalarType::kDateTime, 0, 1, "TIMETZ"},
    {"Boolean", ScalarType::kBoolean, 0, 0, "BOOLEAN"},
    {"Json", ScalarType::kJson, 0, 0, "JSON"},
    {"JsonB", ScalarType::kJson, 0, 0, "JSONB"},
    {"ByteA", ScalarType::kBytes, 0, 0, "BYTEA"},
};

}  // namespace

const NativeTypeInfo* find_native_type(std::string_view name) {
  for (const auto& info : kNativeTypes) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

const NativeTypeInfo* find_native_type_by_sql(std::string_view sql) {
  for (const auto& info : kNativeTypes) {
    if (info.sql == sql) return &info;
  }
  return nullptr;
}

std::string native_type_sql(const NativeType& type) {
  const NativeTypeInfo* info = find_native_type(type.name);
  std::string sql(info ? info->sql : std::string_view(type.name));
  if (!type.arguments.empty()) {
    char digits[16];
    sql += '(';
    for (size_t i = 0; i < type.arguments.size(); ++i) {
      if (i > 0) sql += ',';
      const auto [end, error] = std::to_chars(digits, digits + sizeof digits, type.arguments[i]);
      sql.append(digits, end);
    }
    sql += ')';
  }
  return sql;
}

std::string native_types_for(ScalarType scalar) {
  std::string names;
  for (size_t i = 0; i < std::size(kNativeTypes); ++i) {
    if (kNativeTypes[i].scalar != scalar) continue;
    if (!names.empty()) names += ", ";
    names += kNativeTypes[i].name;
  }
  return names;
}

}  // namespace qdb::prisma
