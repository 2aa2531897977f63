#pragma once

#include <string>

#include "prisma/schema.hpp"

namespace qdb::codegen {

/// Which library delivers the rows, and so which JavaScript value each column arrives as.
enum class Runtime {
  kPrisma,  // Prisma Client: BigInt → bigint, Decimal → Decimal, Bytes → Uint8Array
  kPg,      // node-postgres with its default type parsers: int8/numeric → string, ...
};

/// Options for generate_typescript().
struct TypeScriptOptions {
  Runtime runtime = Runtime::kPrisma;
  /// Also emit one `<Model>Table` interface per table and a Kysely `DB` interface keyed by
  /// database table names, with `Generated<T>` on columns the database fills in. The file then
  /// imports types from "kysely".
  bool kysely = false;
  /// Shown in the header ("from schema.prisma"); defaults to the schema's file names.
  std::string source_label;
};

/// TypeScript declarations for a validated schema (precondition: it loaded without errors):
/// a `JsonValue` type, a const object plus a string-literal union per enum, and an interface
/// per model and view with one property per column in declared order. Relation fields are left
/// out. With the Prisma runtime, properties use Prisma field names and ignored or Unsupported
/// fields are left out (Prisma Client leaves them out too); with the pg runtime, properties
/// use database column names and every column appears. `///` comments become JSDoc. The
/// output depends only on the schema and the options.
std::string generate_typescript(const prisma::Schema& schema, const TypeScriptOptions& options);

/// True when `name` can be written as a bare TypeScript property name.
bool is_typescript_identifier(const std::string& name);

}  // namespace qdb::codegen
