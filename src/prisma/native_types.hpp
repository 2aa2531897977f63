#pragma once

#include <string>
#include <string_view>

#include "prisma/schema.hpp"

namespace qdb::prisma {

/// What qdb knows about one PostgreSQL native type attribute (`@db.Name`).
struct NativeTypeInfo {
  std::string_view name;        // VarChar
  ScalarType scalar;            // the only Prisma scalar it may annotate
  int min_arguments;
  int max_arguments;
  std::string_view sql;         // VARCHAR; arguments are appended as (a) or (a,b)
};

/// The native type named `name` (without `db.`), or nullptr when PostgreSQL has none by that name.
const NativeTypeInfo* find_native_type(std::string_view name);

/// The native type whose SQL name (`sql`, without arguments) is `sql`, or nullptr; the reverse
/// of find_native_type() for the inspector's spelling (VARCHAR → VarChar).
const NativeTypeInfo* find_native_type_by_sql(std::string_view sql);

/// The column type Prisma writes in CREATE TABLE for a native type: VARCHAR(255),
/// DECIMAL(12,2), TIMESTAMPTZ(6), UUID, ... Precondition: find_native_type(type.name) != nullptr.
std::string native_type_sql(const NativeType& type);

/// The comma-separated list of native types valid on `scalar`, for error messages.
std::string native_types_for(ScalarType scalar);

}  // namespace qdb::prisma
