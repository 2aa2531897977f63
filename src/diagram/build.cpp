#include <algorithm>

#include "diagram/diagram.hpp"

namespace qdb::diagram {
namespace {

std::string qualified(const std::string& schema, const std::string& name) {
  return schema.empty() ? name : schema + "." + name;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The columns, as a set, of a key or index without expressions.
std::vector<std::string> sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> index_columns(const model::Index& index) {
  std::vector<std::string> names;
  for (const model::IndexColumn& c : index.columns) {
    if (c.name.empty()) return {};  // an expression: no plain column set
    names.push_back(c.name);
  }
  return names;
}

// True when no two rows of `table` can share values in `columns`: the primary key, or a unique
// index without a predicate, on exactly those columns.
bool unique_columns(const model::Table& table, const std::vector<std::string>& columns) {
  const std::vector<std::string> wanted = sorted(columns);
  if (table.primary_key && sorted(table.primary_key->columns) == wanted) return true;
  for (const model::Index& index : table.indexes) {
    if (index.unique && !index.predicate && sorted(index_columns(index)) == wanted) return true;
  }
  return false;
}

Entity table_entity(const model::Table& table) {
  Entity entity;
  entity.name = qualified(table.schema, table.name);
  for (const model::Column& column : table.columns) {
    Attribute a;
    a.name = column.name;
    a.type = column.type;
    a.nullable = column.nullable;
    a.primary_key = table.primary_key && contains(table.primary_key->columns, column.name);
    a.unique = unique_columns(table, {column.name}) && !(a.primary_key && table.primary_key->columns.size() == 1);
    for (const model::ForeignKey& key : table.foreign_keys) a.foreign_key = a.foreign_key || contains(key.columns, column.name);
    entity.attributes.push_back(std::move(a));
  }
  return entity;
}

bool any_nullable(const model::Table& table, const std::vector<std::string>& columns) {
  for (const model::Column& column : table.columns) {
    if (column.nullable && contains(columns, column.name)) return true;
  }
  return false;
}

}  // namespace

Diagram build_diagram(const model::Schema& schema) {
  Diagram diagram;
  for (const model::Table& table : schema.tables) {
    diagram.entities.push_back(table_entity(table));
    for (const model::ForeignKey& key : table.foreign_keys) {
      Relationship r;
      r.from = qualified(table.schema, table.name);
      r.to = qualified(key.referenced_schema, key.referenced_table);
      r.from_columns = key.columns;
      r.to_columns = key.referenced_columns;
      r.from_end = unique_columns(table, key.columns) ? End::kZeroOrOne : End::kZeroOrMore;
      r.to_end = any_nullable(table, key.columns) ? End::kZeroOrOne : End::kExactlyOne;
      diagram.relationships.push_back(std::move(r));
    }
  }
  for (const model::Enum& e : schema.enums) {
    Entity entity;
    entity.name = qualified(e.schema, e.name);
    entity.is_enum = true;
    for (const std::string& value : e.values) entity.attributes.push_back({value, "", false, false, false, false});
    diagram.entities.push_back(std::move(entity));
  }
  return diagram;
}

}  // namespace qdb::diagram
