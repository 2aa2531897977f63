#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pg/admin.hpp"

namespace qdb::pg {

/// Runs a catalog query with the schema name as $1.
using SchemaQuery = std::function<Rows(const std::string& sql, const std::string& schema)>;
/// Runs one statement; throws qdb::Error on failure.
using StatementRunner = std::function<void(const std::string& sql)>;

/// Drops every object of `schema`, in an order that lets CASCADE do the rest: extensions
/// installed in it, relations (views before tables, sequences last), routines, types and domains,
/// collations. Objects that belong to an extension or exist only as part of another object (row
/// types, array types, identity sequences) go with their owner. Every DROP says IF EXISTS, since
/// an earlier CASCADE may already have taken the object. The caller provides the transaction.
/// Returns what was dropped, e.g. `table "users"`.
std::vector<std::string> drop_schema_objects(const std::string& schema, const SchemaQuery& query,
                                             const StatementRunner& run);

}  // namespace qdb::pg
