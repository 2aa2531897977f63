#pragma once

#include <string>
#include <vector>

#include "db/catalog.hpp"
#include "model/schema.hpp"

namespace qdb::inspect {

/// How inspected names map onto the model.
struct BuildOptions {
  /// The schema whose objects the model names with schema "" (the one DATABASE_URL's ?schema=
  /// selects, as a schema without multiSchema lowers). Empty: every object keeps its schema's
  /// name, as a multiSchema schema lowers.
  std::string default_schema = "public";
  /// Copied to model::Schema::namespaces: the schemas of a multiSchema datasource, else empty.
  std::vector<std::string> namespaces;
};

/// Builds the model of the inspected catalog. Pure: no server, no I/O. What it decides:
///  - types and defaults are spelled as prisma::lower() spells them (inspect/sql_spelling.hpp);
///  - an integer column whose default is only nextval() of a sequence is `autoincrement`, as
///    Prisma reads it: SERIAL, or a sequence the column does not own (a child table's inherited
///    SERIAL default); `sequence` is its name;
///  - identity and generated columns keep their kind and expression, and have no default;
///  - the index of the primary key becomes the primary key; an index that backs a UNIQUE
///    constraint is a unique index with `constraint` set; btree is the default method (""), the
///    others are upper case (HASH, GIN, ...); ascending order and the default NULLS placement
///    are left unsaid (""), as the schema language leaves them;
///  - Prisma's history table `_prisma_migrations` is not part of the schema;
///  - tables, indexes, keys and enums come in name order (compare with model::canonical()).
model::Schema build_schema(const db::CatalogRows& rows, const BuildOptions& options);

}  // namespace qdb::inspect
