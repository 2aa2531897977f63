#pragma once

#include "model/schema.hpp"

namespace qdb::model {

/// `schema` in the one order and spelling used to compare two models, whatever their source:
/// enums and tables by (schema, name); a table's indexes, foreign keys and checks by name;
/// objects by (kind, schema, name); an index column's explicit ASC becomes "" (ascending is the
/// default, and the catalog cannot tell the two apart), and so does an operator class that is the
/// default for the column's type; a default of now() is CURRENT_TIMESTAMP; an autoincrement's
/// sequence is not named, nor where a default's text came from (the server's own words of it, a
/// schema's dbgenerated()). Columns, enum values
/// and key columns keep their order, which is meaningful. prisma::lower() keeps Prisma's order for rendering SQL, and
/// the inspector the catalog's: two models describe the same database exactly when their
/// canonical forms are equal (operator==).
Schema canonical(Schema schema);

}  // namespace qdb::model
