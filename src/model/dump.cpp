#include "model/dump.hpp"

namespace qdb::model {
namespace {

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

std::string qualified(const std::string& schema, const std::string& name) {
  return schema.empty() ? quoted(name) : quoted(schema) + "." + quoted(name);
}

std::string column_list(const std::vector<std::string>& columns) {
  std::string out = "(";
  for (size_t i = 0; i < columns.size(); ++i) out.append(i ? ", " : "").append(quoted(columns[i]));
  return out + ")";
}

std::string index_columns(const std::vector<IndexColumn>& columns) {
  std::string out = "(";
  for (size_t i = 0; i < columns.size(); ++i) {
    const IndexColumn& column = columns[i];
    // An expression key has no column name: the expression stands in its place.
    out.append(i ? ", " : "").append(column.expression.empty() ? quoted(column.name) : "expression " + column.expression);
    if (!column.sort.empty()) out += " " + column.sort;
    if (column.length) out += " length " + std::to_string(*column.length);
    if (!column.ops.empty()) out += " ops " + column.ops;
    if (!column.nulls.empty()) out += " nulls " + column.nulls;
  }
  return out + ")";
}

}  // namespace

std::string dump(const Schema& schema) {
  std::string out;
  for (const std::string& name : schema.namespaces) out += "namespace " + quoted(name) + "\n";
  for (const Enum& item : schema.enums) {
    out += "enum " + qualified(item.schema, item.name) + "\n";
    for (const std::string& value : item.values) out += "  value '" + value + "'\n";
  }
  for (const Table& table : schema.tables) {
    out += "table " + qualified(table.schema, table.name) + "\n";
    for (const Column& column : table.columns) {
      out += "  column " + quoted(column.name) + " " + column.type;
      if (!column.enum_name.empty()) out += " enum " + quoted(column.enum_name);
      out += column.nullable ? " null" : " not null";
      if (column.default_sql) out += " default " + *column.default_sql;
      if (column.autoincrement) out += " autoincrement";
      if (column.any_default) out += " any default";
      if (column.identity) out += " identity " + *column.identity;
      if (column.generated_sql) out += " generated " + *column.generated_sql;
      out += "\n";
    }
    if (table.primary_key) {
      out += "  primary key " + quoted(table.primary_key->name) + " " +
             column_list(table.primary_key->columns) + "\n";
    }
    for (const Index& index : table.indexes) {
      out += std::string("  ") + (index.unique ? "unique index " : "index ") + quoted(index.name);
      if (!index.method.empty()) out += " using " + index.method;
      out += " ";
      out += index_columns(index.columns);
      if (index.constraint) out += " constraint";
      if (!index.include.empty()) out += " include " + column_list(index.include);
      if (index.nulls_not_distinct) out += " nulls not distinct";
      if (index.predicate) out += " where " + *index.predicate;
      out += "\n";
    }
    for (const ForeignKey& key : table.foreign_keys) {
      out += "  foreign key " + quoted(key.name) + " " + column_list(key.columns) + " references " +
             qualified(key.referenced_schema, key.referenced_table) + " " +
             column_list(key.referenced_columns) + " on delete " + action_sql(key.on_delete) +
             " on update " + action_sql(key.on_update);
      if (key.deferrable) out += key.initially_deferred ? " deferrable initially deferred" : " deferrable";
      out += "\n";
    }
    for (const CheckConstraint& check : table.checks) out += "  check " + quoted(check.name) + " " + check.expression + "\n";
  }
  for (const DatabaseObject& object : schema.objects) {
    out += std::string(kind_name(object.kind)) + " " + qualified(object.schema, object.name);
    if (!object.table.empty()) out += " on " + quoted(object.table);
    out += "\n";
  }
  return out;
}

}  // namespace qdb::model
