#pragma once

#include <string>
#include <vector>

#include "model/schema.hpp"

namespace qdb::inspect {

/// One side of a foreign key as a Prisma relation field.
struct RelationField {
  const model::ForeignKey* key = nullptr;
  bool forward = false;        // the side that holds the key (fields: / references:)
  std::string name;            // the field's name
  std::string type;            // the other side's model name
  bool optional = false;       // `?`: a nullable key, or the back side of a one-to-one relation
  bool list = false;           // `[]`: the back side of a one-to-many relation
  std::string relation_name;   // "" when the pair of models needs none
};

/// The relation fields of every table, named as Prisma's introspection names them: the holding
/// side after the referenced model, the other side after the referencing model (`other_` before
/// it for a self relation); when several foreign keys join the same two tables, the relation is
/// named `<referencing>_<columns>To<referenced>` and both fields carry that name after the model's.
class Relations {
 public:
  /// `tables` in the order the models are written; foreign keys to tables not among them (another
  /// schema) are left out.
  explicit Relations(const std::vector<const model::Table*>& tables);

  /// The relation fields of `table` in Prisma's order: foreign keys by (table, name), for each
  /// the holding side before the other.
  std::vector<RelationField> fields_of(const model::Table& table) const;

 private:
  struct Key {
    const model::Table* from;
    const model::ForeignKey* key;
    const model::Table* to;
  };
  std::vector<Key> keys_;
  std::vector<const model::Table*> tables_;
};

}  // namespace qdb::inspect
