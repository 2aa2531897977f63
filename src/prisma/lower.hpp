#pragma once

#include <string>
#include <vector>

#include "model/schema.hpp"
#include "prisma/schema.hpp"

namespace qdb::prisma {

/// Turns a validated schema into the database-level model Prisma Migrate would create:
/// tables for models (not views), columns in declared order with Prisma's SQL types and
/// defaults, `<table>_pkey` / `_key` / `_idx` / `_fkey` names cut to 63 bytes, and one
/// `_AToB` join table per implicit many-to-many relation. Precondition: the schema loaded
/// without errors (load_schema().ok()); on a schema with errors the result is unspecified
/// but the call does not crash. Models and enums in `default_schema` (the connection's schema)
/// get an empty `schema`, so SQL names them unqualified as Prisma does, also with multiSchema.
model::Schema lower(const Schema& schema, const std::string& default_schema = "public");

/// The SQL column type Prisma writes for `field` (without SERIAL substitution): TEXT,
/// INTEGER, TIMESTAMP(3), DECIMAL(65,30), VARCHAR(255), "Role", TEXT[] ...
std::string column_type_sql(const Schema& schema, const Field& field);

/// The default expression Prisma writes for `field`, or nothing for client-side defaults
/// (uuid(), cuid(), nanoid(), ulid()), autoincrement() and fields without @default.
std::optional<std::string> default_sql(const Schema& schema, const Field& field);

/// True exactly when default_sql() has a value, without building the SQL.
bool has_default_sql(const Field& field);

/// An implicit many-to-many relation (list relation fields on both sides, no fields or
/// references): the name of its join table and the two models, `a` the one whose name sorts
/// first (its id is column A).
struct ManyToMany {
  std::string table_name;
  const Model* a = nullptr;
  const Model* b = nullptr;
};

/// The implicit many-to-many relations of a validated schema, once each, in the order their
/// first field appears; relations involving a view are skipped. The pointers point into `schema`.
std::vector<ManyToMany> implicit_many_to_many(const Schema& schema);

/// The name of the join table of an implicit many-to-many relation: `_` + the relation name,
/// or `_` + both model names in alphabetical order joined by "To".
std::string join_table_name(const std::string& relation_name, const std::string& model_a,
                            const std::string& model_b);

}  // namespace qdb::prisma
