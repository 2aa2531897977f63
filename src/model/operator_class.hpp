#pragma once

#include <string_view>

#include "model/schema.hpp"

namespace qdb::model {

/// Whether `opclass` is the operator class PostgreSQL picks by itself for a column of `type` (the
/// model's spelling: TEXT, VARCHAR(255), JSONB, "Role", INTEGER[] ...) in an index of `method`
/// ("" or BTREE, HASH, GIN, GIST, SPGIST, BRIN). Such a class says nothing: the catalog cannot
/// tell `("name" text_ops)` from `("name")`, and the inspector leaves it unsaid. `enum_type` is
/// whether the column's type is an enum.
bool is_default_operator_class(std::string_view type, bool enum_type, std::string_view method,
                               std::string_view opclass);

/// The operator class of `column` in `index` of `table` as it matters: "" when it is none or the
/// default one for the indexed column's type.
std::string_view effective_operator_class(const Table& table, const Index& index, const IndexColumn& column);

}  // namespace qdb::model
