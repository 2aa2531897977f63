#pragma once

#include <string>
#include <vector>

#include "diff/change.hpp"
#include "model/schema.hpp"

namespace qdb::diff {

/// One side of a diff: a schema, or nothing at all (`--from-empty`: not even the default
/// PostgreSQL schema exists, so a script from it starts with CREATE SCHEMA).
struct Side {
  const model::Schema* schema = nullptr;  // nullptr: the empty database
  /// The PostgreSQL schema tables without an explicit one live in; it exists on a non-empty
  /// side whose model lists no namespaces.
  std::string default_schema = "public";
  /// The side was read from a database (a replayed migrations folder, a live database): its
  /// objects in the default schema are named with it where Prisma names them so (`prisma migrate
  /// dev` writes `DROP TYPE "public"."Role_old"`), and the sequence of a SERIAL column has the name
  /// PostgreSQL gave it, so dropping an autoincrement drops it.
  bool inspected = false;
};

/// The namespaces a target side creates: none when empty; of the model's own list, those a table
/// or an enum lives in (as Prisma counts them), in name order; else the default schema. (On the
/// source side every listed namespace counts as existing.)
std::vector<std::string> namespaces_of(const Side& side);

/// Compares two schemas as Prisma Migrate 6.19 does and returns the changes from `from` to `to`,
/// unordered (the planner orders them). Pure: no I/O, no allocation per unchanged column beyond
/// lookups. Tables, enums and columns are matched by name (table and enum names within their
/// namespace), indexes and foreign keys by what they cover (a name change alone is a rename).
/// Objects outside the schema language (`Schema::objects`) and CHECK constraints are never
/// changed: the differ does not look at them.
std::vector<Change> diff_schemas(const Side& from, const Side& to);

}  // namespace qdb::diff
