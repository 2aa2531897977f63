#include "model/operator_class.hpp"

#include <string>

namespace qdb::model {
namespace {

// The prefix PostgreSQL's own operator classes give a type (int4 in int4_ops, int4_minmax_ops),
// or "" for a type without one here. Modifiers ("(255)") do not matter: VARCHAR indexes with the
// classes of TEXT, as PostgreSQL binds varchar to text.
std::string_view class_prefix(std::string_view type, bool enum_type) {
  if (type.ends_with("[]")) return "array";
  if (enum_type) return "enum";
  type = type.substr(0, type.find('('));
  struct Entry { std::string_view type; std::string_view prefix; };
  static constexpr Entry kPrefixes[] = {
      {"TEXT", "text"},       {"VARCHAR", "text"},       {"CHAR", "bpchar"},   {"INTEGER", "int4"},
      {"BIGINT", "int8"},     {"SMALLINT", "int2"},      {"DECIMAL", "numeric"}, {"DOUBLE PRECISION", "float8"},
      {"REAL", "float4"},     {"BOOLEAN", "bool"},       {"TIMESTAMP", "timestamp"}, {"TIMESTAMPTZ", "timestamptz"},
      {"DATE", "date"},       {"TIME", "time"},          {"TIMETZ", "timetz"}, {"JSONB", "jsonb"},
      {"BYTEA", "bytea"},     {"UUID", "uuid"},          {"INET", "inet"},     {"BIT", "bit"},
      {"VARBIT", "varbit"},   {"OID", "oid"},            {"MONEY", "money"},
  };
  for (const Entry& entry : kPrefixes) {
    if (entry.type == type) return entry.prefix;
  }
  return "";
}

}  // namespace

bool is_default_operator_class(std::string_view type, bool enum_type, std::string_view method,
                               std::string_view opclass) {
  const std::string_view prefix = class_prefix(type, enum_type);
  if (prefix.empty() || opclass.empty()) return false;
  const std::string plain = std::string(prefix) + "_ops";
  // pg_opclass rows with opcdefault, by access method.
  if (method.empty() || method == "BTREE" || method == "HASH") return opclass == plain;
  if (method == "GIN") return (prefix == "array" || prefix == "jsonb") && opclass == plain;
  if (method == "SPGIST") return (prefix == "text" || prefix == "inet") && opclass == plain;
  if (method == "BRIN") {
    if (prefix == "inet") return opclass == "inet_inclusion_ops";
    return opclass == std::string(prefix) + "_minmax_ops";
  }
  return false;  // GiST has no default class for any type the schema language has
}

std::string_view effective_operator_class(const Table& table, const Index& index, const IndexColumn& column) {
  if (column.ops.empty() || !column.expression.empty()) return column.ops;
  for (const Column& candidate : table.columns) {
    if (candidate.name != column.name) continue;
    return is_default_operator_class(candidate.type, !candidate.enum_name.empty(), index.method, column.ops)
               ? std::string_view()
               : std::string_view(column.ops);
  }
  return column.ops;
}

}  // namespace qdb::model
