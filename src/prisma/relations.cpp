// Relation checks: every relation field has exactly one opposite field, one side holds the
// foreign key (fields/references) and the referenced fields form a unique criterion.
#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

#include "prisma/validate_context.hpp"

namespace qdb::prisma::detail {
namespace {

struct FieldRef {
  Model* model;
  Field* field;
};

std::string relation_label(const Field& field) {
  return field.relation->name.empty() ? "" : " \"" + field.relation->name + "\"";
}

// True when `names` is exactly the field set of the model's id or of one of its unique criteria.
// The lists are short: they are compared as sorted views rather than as sets of copies.
bool is_unique_criterion(const Model& model, const std::vector<std::string>& names) {
  std::vector<std::string_view> wanted(names.begin(), names.end());
  std::sort(wanted.begin(), wanted.end());
  if (std::adjacent_find(wanted.begin(), wanted.end()) != wanted.end()) return false;
  for (const Field& field : model.fields) {
    if ((field.id || field.unique) && wanted.size() == 1 && wanted[0] == field.name) return true;
  }
  std::vector<std::string_view> fields;
  for (const ModelIndex& index : model.indexes) {
    if (index.kind == ModelIndex::Kind::kIndex) continue;
    fields.clear();
    for (const IndexField& field : index.fields) fields.push_back(field.name);
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    if (fields == wanted) return true;
  }
  return false;
}

bool has_single_id(const Model& model) {
  int count = 0;
  for (const Field& field : model.fields) count += field.id ? 1 : 0;
  return count == 1;
}

void check_holding_side(Context& context, const Model& model, const Field& field,
                        const Model& target, bool one_to_one) {
  const Relation& relation = *field.relation;
  if (relation.fields.size() != relation.references.size()) {
    context.error(relation.location, "relation field \"" + field.name + "\" has " +
                                         std::to_string(relation.fields.size()) + " fields but " +
                                         std::to_string(relation.references.size()) +
                                         " references; the lists must have the same length");
    return;
  }
  bool any_optional = false;
  bool ok = true;
  for (size_t i = 0; i < relation.fields.size(); ++i) {
    const Field* local = find_field(model, relation.fields[i]);
    const Field* remote = find_field(target, relation.references[i]);
    if (local == nullptr || local->kind == Field::Kind::kRelation) {
      context.error(relation.location, "\"" + relation.fields[i] + "\" in fields of \"" + field.name +
                                           "\" is not a scalar field of model \"" + model.name + "\"");
      ok = false;
      continue;
    }
    if (remote == nullptr || remote->kind == Field::Kind::kRelation) {
      context.error(relation.location, "\"" + relation.references[i] + "\" in references of \"" +
                                           field.name + "\" is not a scalar field of model \"" +
                                           target.name + "\"");
      ok = false;
      continue;
    }
    any_optional = any_optional || local->optional;
    // Prisma compares the element types only (a list may reference a scalar).
    if (local->type_name != remote->type_name) {
      context.error(relation.location, "field \"" + local->name + "\" (" + local->type_name +
                                           ") and referenced field \"" + target.name + "." +
                                           remote->name + "\" (" + remote->type_name +
                                           ") must have the same type");
      ok = false;
    }
  }
  if (!ok) return;
  if (!is_unique_criterion(target, relation.references)) {
    context.error(relation.location, "the references of \"" + field.name +
                                         "\" must be the id or a unique field set of model \"" +
                                         target.name + "\"");
  }
  if (one_to_one && !is_unique_criterion(model, relation.fields)) {
    context.error(relation.location, "a one-to-one relation needs unique fields on the side that "
                                     "holds them; add @unique to \"" + relation.fields[0] +
                                     "\" or make the opposite field a list");
  }
  if (any_optional && !field.optional) {
    context.error(field.location, "relation field \"" + field.name +
                                      "\" must be optional because one of its fields is optional");
  }
  for (auto action : {relation.on_delete, relation.on_update}) {
    if (action == ReferentialAction::kSetNull) {
      for (const std::string& name : relation.fields) {
        if (!find_field(model, name)->optional) {
          // Prisma accepts this (the database rejects the update at run time), so qdb warns.
          context.warning(relation.location, "SetNull needs optional fields, but \"" + name +
                                                 "\" is required; the action fails when it runs");
          return;
        }
      }
    }
  }
}

void check_pair(Context& context, FieldRef a, FieldRef b) {
  const Relation& ra = *a.field->relation;
  const Relation& rb = *b.field->relation;
  const bool a_holds = !ra.fields.empty() || !ra.references.empty();
  const bool b_holds = !rb.fields.empty() || !rb.references.empty();
  if (a.field->list && b.field->list) {
    for (FieldRef side : {a, b}) {
      const Relation& r = *side.field->relation;
      if (!r.fields.empty() || !r.references.empty() || r.on_delete || r.on_update) {
        context.error(r.location, "implicit many-to-many relation field \"" + side.field->name +
                                      "\" cannot have fields, references, onDelete or onUpdate");
      }
      if (!has_single_id(*side.model)) {
        context.error(side.field->location, "implicit many-to-many relations need a single @id on model \"" +
                                                side.model->name + "\"");
      }
    }
    return;
  }
  if (a_holds && b_holds) {
    context.error(b.field->relation->location, "only one side of relation" + relation_label(*a.field) +
                                                   " between \"" + a.model->name + "\" and \"" +
                                                   b.model->name + "\" may define fields and references");
    return;
  }
  FieldRef holder = a_holds ? a : b;
  FieldRef other = a_holds ? b : a;
  if (!a_holds && !b_holds) {
    if (a.field->list || b.field->list) {
      holder = a.field->list ? b : a;
      context.error(holder.field->location, "relation field \"" + holder.field->name + "\" on model \"" +
                                                holder.model->name +
                                                "\" must define fields and references in @relation");
    } else {
      context.error(b.field->location, "one side of the one-to-one relation between \"" + a.model->name +
                                           "." + a.field->name + "\" and \"" + b.model->name + "." +
                                           b.field->name + "\" must define fields and references");
    }
    return;
  }
  if (holder.field->list) {
    context.error(holder.field->relation->location, "list relation field \"" + holder.field->name +
                                                        "\" cannot define fields and references; "
                                                        "put them on the opposite field");
    return;
  }
  // One-to-one: a foreign key cannot make the row on the side without fields exist, so Prisma
  // wants that side optional, whether the side with fields is required or not.
  if (!other.field->list && !other.field->optional) {
    context.error(other.field->location,
                  "relation field \"" + other.model->name + "." + other.field->name +
                      "\" must be optional (" + other.field->type_name +
                      "?): in a one-to-one relation the database cannot require a row on the side "
                      "without fields and references (\"" + holder.model->name + "." + holder.field->name +
                      "\" holds them)");
    return;
  }
  const Relation& other_relation = *other.field->relation;
  if (other_relation.on_delete || other_relation.on_update) {
    context.error(other_relation.location, "onDelete and onUpdate belong on \"" + holder.model->name +
                                               "." + holder.field->name + "\", the side with fields");
  }
  check_holding_side(context, *holder.model, *holder.field, *other.model, !other.field->list);
}

}  // namespace

void check_relations(Context& context, Schema& schema) {
  std::unordered_map<std::string_view, Model*> models_by_name;
  models_by_name.reserve(schema.models.size());
  for (Model& model : schema.models) models_by_name[model.name] = &model;
  for (const Model& model : schema.models) {
    for (const Field& field : model.fields) {
      if (field.kind != Field::Kind::kRelation || model.ignored || field.ignored) continue;
      auto found = models_by_name.find(field.type_name);
      if (found != models_by_name.end() && found->second->ignored) {
        context.error(field.location, "relation field \"" + field.name + "\" points to model \"" +
                                          found->second->name + "\", which is @@ignore'd; mark the field with @ignore too");
      }
    }
  }
  std::set<const Field*> done;
  for (Model& model : schema.models) {
    for (Field& field : model.fields) {
      if (field.kind != Field::Kind::kRelation || done.count(&field)) continue;
      auto found = models_by_name.find(field.type_name);
      if (found == models_by_name.end()) continue;
      Model* target = found->second;
      std::vector<Field*> opposites;
      int same_side = 0;
      for (Field& other : target->fields) {
        if (&other == &field || other.kind != Field::Kind::kRelation || other.type_name != model.name ||
            other.relation->name != field.relation->name) {
          continue;
        }
        opposites.push_back(&other);
      }
      for (const Field& sibling : model.fields) {
        if (sibling.kind == Field::Kind::kRelation && sibling.type_name == field.type_name &&
            sibling.relation->name == field.relation->name) {
          ++same_side;
        }
      }
      const bool self = target == &model;
      if (self && same_side == 2 && field.relation->name.empty()) {
        context.error(field.location, "ambiguous self relation: two fields of model \"" + model.name +
                                          "\" refer to it; name the relation with @relation(\"...\") on both");
        for (Field& sibling : model.fields) {
          if (sibling.kind == Field::Kind::kRelation && sibling.type_name == model.name) done.insert(&sibling);
        }
        continue;
      }
      if ((!self && same_side > 1) || (self && same_side > 2)) {
        context.error(field.location, "ambiguous relation: model \"" + model.name + "\" has several relation fields to \"" +
                                          target->name + "\"" + (field.relation->name.empty() ? "" : " named \"" + field.relation->name + "\"") +
                                          "; give each relation a distinct name with @relation(\"...\")");
        done.insert(&field);
        continue;
      }
      if (opposites.empty()) {
        context.error(field.location, "relation field \"" + field.name + "\" on model \"" + model.name +
                                          "\" has no opposite relation field on model \"" + target->name + "\"");
        done.insert(&field);
        continue;
      }
      Field* opposite = opposites.front();
      done.insert(&field);
      done.insert(opposite);
      check_pair(context, FieldRef{&model, &field}, FieldRef{target, opposite});
    }
  }
}

}  // namespace qdb::prisma::detail
