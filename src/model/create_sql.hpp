#pragma once

#include <string>

#include "model/schema.hpp"

namespace qdb::model {

/// Options for render_create_sql().
struct CreateSqlOptions {
  /// Start with `-- CreateSchema` steps, as `prisma migrate diff --from-empty --script` does:
  /// one per entry of Schema::namespaces, or one for `default_schema` when there are none.
  /// `prisma migrate dev` leaves this step out of the first migration.
  bool create_schemas = true;
  std::string default_schema = "public";
};

/// The SQL Prisma writes to create `schema` in an empty database, byte for byte: steps
/// CreateSchema, CreateEnum, CreateTable, CreateIndex, AddForeignKey, each `-- Step` then the
/// statement, `;` and a blank line. An empty schema gives an empty string (plus schemas).
std::string render_create_sql(const Schema& schema, const CreateSqlOptions& options = {});


}  // namespace qdb::model
