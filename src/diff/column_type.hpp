#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/schema.hpp"

namespace qdb::diff {

// What a column's SQL type is made of, read back from the type text the model carries
// (TEXT, VARCHAR(255), DECIMAL(12,2), TIMESTAMP(3), "Role"[], ...), and how PostgreSQL can
// move data from one type to another, as Prisma Migrate judges it.

/// A column type taken apart: the base name in upper case (VARCHAR, DECIMAL, an enum's name
/// for enums), up to two numeric arguments, and whether it is an array.
struct ColumnType {
  std::string base;
  std::optional<int> first;
  std::optional<int> second;
  bool list = false;
  bool is_enum = false;

  bool operator==(const ColumnType&) const = default;
};

/// Parses `column.type` (enums are recognised by `column.enum_name`). Unknown names keep their
/// text as `base`, so two unknown types compare by their spelling.
ColumnType parse_column_type(const model::Column& column);

/// How a type change moves the data: not at all (same type), safely, with possible loss or
/// failure (a warning), or not at all so the column is dropped and added again.
enum class TypeChange { kNone, kSafeCast, kRiskyCast, kNotCastable };

/// Prisma 6.19's verdict for changing `from` into `to` on PostgreSQL (its cast table, enums and
/// list/scalar changes included).
TypeChange classify_type_change(const ColumnType& from, const ColumnType& to);

/// The type as Prisma's warnings name it: the schema language's native type (Integer, Text,
/// VarChar(255), Decimal(12,2), Timestamp(3), DoublePrecision, JsonB, ...); enums by name.
std::string display_type(const ColumnType& type);

}  // namespace qdb::diff
