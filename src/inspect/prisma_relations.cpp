#include "inspect/prisma_relations.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "inspect/to_prisma.hpp"

namespace qdb::inspect {
namespace {

std::set<std::string> as_set(const std::vector<std::string>& names) { return {names.begin(), names.end()}; }

// The key's columns are the table's primary key or one of its unique indexes: one-to-one.
bool is_unique(const model::Table& table, const model::ForeignKey& key) {
  const std::set<std::string> columns = as_set(key.columns);
  if (table.primary_key && as_set(table.primary_key->columns) == columns) return true;
  for (const model::Index& index : table.indexes) {
    if (!index.unique || index.predicate || index.columns.size() != columns.size()) continue;
    std::set<std::string> names;
    for (const model::IndexColumn& column : index.columns) names.insert(column.name);
    if (names == columns) return true;
  }
  return false;
}

bool is_nullable(const model::Table& table, const model::ForeignKey& key) {
  for (const model::Column& column : table.columns) {
    if (column.nullable && std::find(key.columns.begin(), key.columns.end(), column.name) != key.columns.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace

Relations::Relations(const std::vector<const model::Table*>& tables) : tables_(tables) {
  for (const model::Table* table : tables) {
    std::vector<const model::ForeignKey*> keys;
    for (const model::ForeignKey& key : table->foreign_keys) keys.push_back(&key);
    std::sort(keys.begin(), keys.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const model::ForeignKey* key : keys) {
      auto target = std::find_if(tables.begin(), tables.end(), [&](const model::Table* t) {
        return t->schema == key->referenced_schema && t->name == key->referenced_table;
      });
      if (target != tables.end()) keys_.push_back({table, key, *target});
    }
  }
}

std::vector<RelationField> Relations::fields_of(const model::Table& table) const {
  std::map<std::pair<const model::Table*, const model::Table*>, int> pairs;
  for (const Key& k : keys_) ++pairs[std::minmax(k.from, k.to)];
  std::vector<RelationField> out;
  for (const Key& k : keys_) {
    if (k.from != &table && k.to != &table) continue;
    const std::string from = prisma_identifier(k.from->name);
    const std::string to = prisma_identifier(k.to->name);
    const bool self = k.from == k.to;
    const bool ambiguous = pairs[std::minmax(k.from, k.to)] > 1;
    std::string relation_name;
    if (ambiguous) {
      relation_name = from + "_";
      for (size_t i = 0; i < k.key->columns.size(); ++i) {
        if (i > 0) relation_name += '_';
        relation_name += prisma_identifier(k.key->columns[i]);
      }
      relation_name += "To" + to;
    } else if (self) {
      relation_name = from + "To" + to;
    }
    const std::string suffix = ambiguous ? "_" + relation_name : "";
    if (k.from == &table) {
      RelationField field{k.key, true, to + suffix, to, is_nullable(*k.from, *k.key), false, relation_name};
      out.push_back(std::move(field));
    }
    if (k.to == &table) {
      const bool one = is_unique(*k.from, *k.key);
      std::string name = from + suffix;
      if (self) name.insert(0, "other_");
      RelationField field{k.key, false, std::move(name), from, one, !one, relation_name};
      out.push_back(std::move(field));
    }
  }
  return out;
}

}  // namespace qdb::inspect
