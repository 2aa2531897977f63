#include "model/canonical.hpp"

#include <algorithm>
#include <tuple>

#include "model/operator_class.hpp"

namespace qdb::model {
namespace {

template <typename T>
void sort_by_name(std::vector<T>& items) {
  std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.name < b.name; });
}

}  // namespace

Schema canonical(Schema schema) {
  std::stable_sort(schema.enums.begin(), schema.enums.end(),
                   [](const Enum& a, const Enum& b) { return std::tie(a.schema, a.name) < std::tie(b.schema, b.name); });
  std::stable_sort(schema.tables.begin(), schema.tables.end(), [](const Table& a, const Table& b) {
    return std::tie(a.schema, a.name) < std::tie(b.schema, b.name);
  });
  for (Table& table : schema.tables) {
    for (Column& column : table.columns) {
      // dbgenerated("now()") and now() are the same default; the server keeps either as now().
      if (column.default_sql == "now()") column.default_sql = "CURRENT_TIMESTAMP";
      // Which sequence serves an autoincrement is the database's detail; only a database names it.
      column.sequence.reset();
      column.sequence_schema.reset();
      // Where a default's text came from: the server's own words of it, a schema's dbgenerated().
      column.server_default.reset();
      column.default_generated = false;
    }
    sort_by_name(table.indexes);
    sort_by_name(table.foreign_keys);
    sort_by_name(table.checks);
    for (Index& index : table.indexes) {
      for (IndexColumn& column : index.columns) {
        if (column.sort == "ASC") column.sort.clear();
        // The catalog cannot tell the type's default operator class from none.
        if (effective_operator_class(table, index, column).empty()) column.ops.clear();
      }
    }
  }
  std::stable_sort(schema.objects.begin(), schema.objects.end(), [](const DatabaseObject& a, const DatabaseObject& b) {
    return std::tie(a.kind, a.schema, a.name) < std::tie(b.kind, b.schema, b.name);
  });
  return schema;
}

}  // namespace qdb::model
