#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "inspect/to_prisma.hpp"
#include "model/schema.hpp"

namespace qdb::inspect {

/// One side of a foreign key as a Prisma relation field.
struct RelationField {
  const model::ForeignKey* key = nullptr;  // nullptr for an implicit many-to-many relation
  bool forward = false;        // the side that holds the key (fields: / references:)
  std::string name;            // the field's name
  std::string type;            // the other side's model name
  bool optional = false;       // `?`: a nullable key, or the back side of a one-to-one relation
  bool list = false;           // `[]`: the back side of a one-to-many relation
  std::string relation_name;   // "" when the pair of models needs none
  const model::Table* other = nullptr;  // the table of the other side
};

/// The relation fields of every table, named as Prisma's introspection names them: the holding
/// side after the referenced model, the other side after the referencing model (`other_` before
/// it for a self relation); when several foreign keys join the same two tables, the relation is
/// named `<referencing>_<columns>To<referenced>` and both fields carry that name after the model's.
class Relations {
 public:
  /// `tables` in the order the models are written, `model_names` their models' names
  /// (prisma_names()); foreign keys to tables not among them (another schema) are left out.
  Relations(const std::vector<const model::Table*>& tables, const std::map<const model::Table*, std::string>& model_names);

  /// The relation fields of `table` in Prisma's order: foreign keys by (table, name), for each
  /// the holding side before the other.
  std::vector<RelationField> fields_of(const model::Table& table) const;

  /// True for the join table of an implicit many-to-many relation, as Prisma creates one
  /// (`_<A>To<B>` or `_<name>`, columns A and B, each a foreign key to a model's one-column
  /// primary key, A to the model whose name sorts first, a key over (A, B)): it is written as a
  /// list relation field on both models instead of a model (on a self relation: `<model>_A` and
  /// `<model>_B`, both with the relation's name).
  bool is_join_table(const model::Table& table) const;

  /// The model name of `table`, one of those given.
  const std::string& model_name(const model::Table& table) const { return names_.at(&table); }

 private:
  struct JoinTable {
    const model::Table* table;
    const model::Table* a;
    const model::Table* b;
  };
  std::vector<JoinTable> join_tables_;
  struct Key {
    const model::Table* from;
    const model::ForeignKey* key;
    const model::Table* to;
  };
  std::vector<Key> keys_;
  std::vector<const model::Table*> tables_;
  std::map<const model::Table*, std::string> names_;
  // How many relations (keys and join tables) join each pair of tables, (smaller, larger).
  std::map<std::pair<const model::Table*, const model::Table*>, int> pairs_;
  // The positions in keys_ and join_tables_ of those that involve each table, in their order.
  std::unordered_map<const model::Table*, std::vector<size_t>> keys_of_;
  std::unordered_map<const model::Table*, std::vector<size_t>> join_tables_of_;

  int relations_between(const model::Table* a, const model::Table* b) const;
  template <typename Index>
  static const std::vector<size_t>& indexes_of(const Index& index, const model::Table& table);
};

/// The Prisma name of each of `items` (tables or enums): prisma_identifier() of its name, or,
/// when two would get the same one, `<schema>_<identifier>` for both (`default_schema` for those
/// the model puts in ""), as Prisma names models and enums.
template <typename Item>
std::map<const Item*, std::string> prisma_names(const std::vector<const Item*>& items, const std::string& default_schema) {
  std::map<std::string, int> counts;
  for (const Item* item : items) ++counts[prisma_identifier(item->name)];
  std::map<const Item*, std::string> names;
  for (const Item* item : items) {
    std::string name = prisma_identifier(item->name);
    if (counts[name] > 1) name = (item->schema.empty() ? default_schema : item->schema) + "_" + name;
    names[item] = std::move(name);
  }
  return names;
}

}  // namespace qdb::inspect
