#include "inspect/prisma_relations.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
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

const model::Table* referenced(const std::vector<const model::Table*>& tables, const model::ForeignKey& key) {
  for (const model::Table* t : tables) {
    if (t->schema == key.referenced_schema && t->name == key.referenced_table) return t;
  }
  return nullptr;
}

// The foreign key of `table` on exactly `column` to a one-column primary key, or nullptr.
const model::ForeignKey* key_on(const model::Table& table, const std::string& column,
                                const std::vector<const model::Table*>& tables) {
  for (const model::ForeignKey& key : table.foreign_keys) {
    if (key.columns != std::vector<std::string>{column}) continue;
    const model::Table* target = referenced(tables, key);
    if (target && target->primary_key && target->primary_key->columns == key.referenced_columns) return &key;
  }
  return nullptr;
}

bool has_key_over_a_and_b(const model::Table& table) {
  const std::set<std::string> ab = {"A", "B"};
  if (table.primary_key && as_set(table.primary_key->columns) == ab) return true;
  for (const model::Index& index : table.indexes) {
    if (!index.unique || index.columns.size() != 2) continue;
    if (index.columns[0].name == "A" && index.columns[1].name == "B") return true;
  }
  return false;
}

}  // namespace

Relations::Relations(const std::vector<const model::Table*>& tables,
                     const std::map<const model::Table*, std::string>& model_names)
    : tables_(tables), names_(model_names) {
  // Implicit many-to-many join tables first: their keys are not relations of their own.
  for (const model::Table* table : tables) {
    if (!table->name.starts_with("_") || table->columns.size() != 2 || table->foreign_keys.size() != 2) continue;
    if (table->columns[0].name != "A" || table->columns[1].name != "B" || !has_key_over_a_and_b(*table)) continue;
    const model::ForeignKey* a = key_on(*table, "A", tables);
    const model::ForeignKey* b = key_on(*table, "B", tables);
    if (!a || !b) continue;
    const model::Table* model_a = referenced(tables, *a);
    const model::Table* model_b = referenced(tables, *b);
    // A pair in the wrong order would be created the other way round from the schema. Prisma
    // compares the tables' identifiers, without the schema a duplicate model name gets.
    if (prisma_identifier(model_a->name) > prisma_identifier(model_b->name)) continue;
    join_tables_.push_back({table, model_a, model_b});
  }
  // The first table of each (schema, name), as a search in `tables` finds it.
  std::map<std::pair<std::string_view, std::string_view>, const model::Table*> by_name;
  for (const model::Table* table : tables) {
    by_name.emplace(std::pair<std::string_view, std::string_view>(table->schema, table->name), table);
  }
  for (const model::Table* table : tables) {
    if (is_join_table(*table)) continue;
    std::vector<const model::ForeignKey*> keys;
    for (const model::ForeignKey& key : table->foreign_keys) keys.push_back(&key);
    std::sort(keys.begin(), keys.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const model::ForeignKey* key : keys) {
      auto target = by_name.find({key->referenced_schema, key->referenced_table});
      if (target != by_name.end()) keys_.push_back({table, key, target->second});
    }
  }
  // What fields_of() asks for each table, worked out once: asked for every table, a pass over
  // all keys each time made `generate-types --from-db` quadratic in the number of tables.
  for (const Key& k : keys_) ++pairs_[std::minmax(k.from, k.to)];
  for (const JoinTable& j : join_tables_) ++pairs_[std::minmax(j.a, j.b)];
  for (size_t i = 0; i < keys_.size(); ++i) {
    keys_of_[keys_[i].from].push_back(i);
    if (keys_[i].to != keys_[i].from) keys_of_[keys_[i].to].push_back(i);
  }
  for (size_t i = 0; i < join_tables_.size(); ++i) {
    join_tables_of_[join_tables_[i].a].push_back(i);
    if (join_tables_[i].b != join_tables_[i].a) join_tables_of_[join_tables_[i].b].push_back(i);
  }
}

int Relations::relations_between(const model::Table* a, const model::Table* b) const {
  auto found = pairs_.find(std::minmax(a, b));
  return found == pairs_.end() ? 0 : found->second;
}

template <typename Index>
const std::vector<size_t>& Relations::indexes_of(const Index& index, const model::Table& table) {
  static const std::vector<size_t> kNone;
  auto found = index.find(&table);
  return found == index.end() ? kNone : found->second;
}

bool Relations::is_join_table(const model::Table& table) const {
  return std::any_of(join_tables_.begin(), join_tables_.end(), [&](const JoinTable& j) { return j.table == &table; });
}

std::vector<RelationField> Relations::fields_of(const model::Table& table) const {
  std::vector<RelationField> out;
  for (size_t index : indexes_of(keys_of_, table)) {
    const Key& k = keys_[index];
    // Fields and relations are named after the tables' identifiers, as Prisma names them, also
    // where a model's name carries its schema (`billing_Item`); the types are the models' names.
    const std::string from = prisma_identifier(k.from->name);
    const std::string to = prisma_identifier(k.to->name);
    const bool self = k.from == k.to;
    const bool ambiguous = relations_between(k.from, k.to) > 1;
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
      RelationField field{k.key, true, to + suffix, names_.at(k.to), is_nullable(*k.from, *k.key), false,
                          relation_name, k.to};
      out.push_back(std::move(field));
    }
    if (k.to == &table) {
      const bool one = is_unique(*k.from, *k.key);
      std::string name = from + suffix;
      if (self) name.insert(0, "other_");
      RelationField field{k.key, false, std::move(name), names_.at(k.from), one, !one, relation_name, k.from};
      out.push_back(std::move(field));
    }
  }
  // Many-to-many relations after the others, as Prisma writes them. The relation is named (the
  // join table's name without `_`) when that is not the default `<A>To<B>`, or when other
  // relations join the same two models; then the field's name carries it too.
  for (size_t index : indexes_of(join_tables_of_, table)) {
    const JoinTable& j = join_tables_[index];
    const std::string a = prisma_identifier(j.a->name);
    const std::string b = prisma_identifier(j.b->name);
    const std::string other = j.a == &table ? b : a;
    const std::string& other_type = names_.at(j.a == &table ? j.b : j.a);
    const bool ambiguous = relations_between(j.a, j.b) > 1;
    const std::string name = j.table->name.substr(1);
    const model::Table* other_table = j.a == &table ? j.b : j.a;
    if (j.a == j.b) {
      for (const char* side : {"_A", "_B"}) {
        out.push_back(RelationField{nullptr, false, a + side, other_type, false, true, name, other_table});
      }
      continue;
    }
    const std::string relation_name = ambiguous || name != a + "To" + b ? name : "";
    out.push_back(RelationField{nullptr, false, ambiguous ? other + "_" + name : other, other_type, false, true,
                                relation_name, other_table});
  }
  return out;
}

}  // namespace qdb::inspect
