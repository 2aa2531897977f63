#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/schema.hpp"

namespace qdb::inspect {

// A column as a Prisma field's type and default (to_prisma): the reverse of prisma::lower()'s
// column_type_sql() and default_sql(), read from the inspector's spelling (inspect/sql_spelling).

/// A column's type in the schema language.
struct FieldType {
  std::string name;      // String, Int, an enum's name, Unsupported("circle")
  std::string native;    // "@db.VarChar(12)", or "" for the scalar's default type
  bool list = false;
  bool numeric = false;  // literals are bare numbers
  bool text = false;     // literals are strings (String, Json)
  const model::Enum* enum_type = nullptr;  // points into the schema given to field_type(); `name`
                                           // is its identifier (to_prisma() may prefix its schema)
};

/// The type of `column`: the scalar whose default SQL type it is (TEXT → String), or the scalar
/// and `@db.*` of a native type (VARCHAR(12) → String, @db.VarChar(12)), or the enum, or
/// Unsupported("<type>"). Never throws.
FieldType field_type(const model::Schema& schema, const model::Column& column);

/// The argument of `@default(...)` for `column`, or nullopt when it has no default:
/// autoincrement() (SERIAL, identity), now(), a literal (number, boolean, string, enum value,
/// array of those), else dbgenerated("<the default's SQL>").
std::optional<std::string> default_argument(const model::Column& column, const FieldType& type);

/// A Prisma string literal as Prisma writes one (a JSON string): "..." with `"` and `\` escaped,
/// tab, newline and carriage return as `\t`, `\n`, `\r`, other control characters as `\u00XX`.
std::string string_literal(std::string_view text);

}  // namespace qdb::inspect
