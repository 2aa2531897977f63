// Identity checks: primary keys and unique criteria, field lists of @@id/@@unique/@@index,
// database names that would collide, and @@schema against the datasource's schemas.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "model/names.hpp"
#include "prisma/validate_context.hpp"

namespace qdb::prisma::detail {
namespace {

void check_index_fields(Context& context, const Model& model) {
  for (const ModelIndex& index : model.indexes) {
    const char* label = index.kind == ModelIndex::Kind::kPrimaryKey ? "@@id"
                        : index.kind == ModelIndex::Kind::kUnique ? "@@unique" : "@@index";
    std::set<std::string_view> seen;  // views of the names in `index`
    for (const IndexField& item : index.fields) {
      const Field* field = find_field(model, item.name);
      if (field == nullptr || field->kind == Field::Kind::kRelation) {
        context.error(index.location, std::string(label) + " refers to \"" + item.name +
                                          "\", which is not a scalar field of model \"" + model.name + "\"");
      } else if (!seen.insert(item.name).second) {
        context.error(index.location, std::string(label) + " lists \"" + item.name + "\" twice");
      } else if (index.kind == ModelIndex::Kind::kPrimaryKey && field->optional) {
        context.error(index.location, "@@id field \"" + item.name + "\" must be required");
      }
    }
  }
}

void check_identity(Context& context, const Model& model) {
  const Field* first_id = nullptr;
  bool has_unique = false;
  for (const Field& field : model.fields) {
    if (field.id) {
      if (field.optional) {
        context.error(field.location, "@id field \"" + field.name + "\" must be required");
      }
      if (first_id != nullptr) {
        context.error(field.location, "model \"" + model.name + "\" has more than one @id field (\"" +
                                          first_id->name + "\" and \"" + field.name +
                                          "\"); use @@id([...]) for a compound id");
      } else {
        first_id = &field;
      }
    }
    has_unique = has_unique || (field.unique && !field.optional);
  }
  const ModelIndex* block_id = nullptr;
  for (const ModelIndex& index : model.indexes) {
    if (index.kind == ModelIndex::Kind::kUnique) {
      bool required = true;
      for (const IndexField& item : index.fields) {
        const Field* field = find_field(model, item.name);
        required = required && field != nullptr && !field->optional;
      }
      has_unique = has_unique || required;
    }
    if (index.kind != ModelIndex::Kind::kPrimaryKey) continue;
    if (first_id != nullptr) {
      context.error(index.location, "model \"" + model.name + "\" cannot have both @id (on \"" +
                                        first_id->name + "\") and @@id");
    } else if (block_id != nullptr) {
      context.error(index.location, "model \"" + model.name + "\" has more than one @@id");
    }
    block_id = &index;
  }
  if (model.is_view || model.ignored) return;
  if (first_id == nullptr && block_id == nullptr && !has_unique) {
    context.error(model.location, "model \"" + model.name + "\" needs an id: mark a field with @id "
                                  "or @unique, or add @@id([...]) or @@unique([...]) over required fields");
  }
}

void check_schema_name(Context& context, const Schema& schema, const std::string& name,
                       const std::string& kind, const std::string& owner, Location location) {
  const std::vector<std::string>* listed = schema.datasource ? &schema.datasource->schemas : nullptr;
  if (name.empty()) {
    if (listed != nullptr && !listed->empty()) {
      context.error(location, kind + " \"" + owner + "\" needs @@schema(\"...\") because the datasource lists schemas");
    }
    return;
  }
  if (listed == nullptr || std::find(listed->begin(), listed->end(), name) == listed->end()) {
    context.error(location, "schema \"" + name + "\" of " + kind + " \"" + owner +
                                "\" is not listed in the datasource's schemas");
  }
}

// A constraint a model makes in the database: its name (given with map: or made by Prisma's
// convention) and the attribute that makes it.
struct Constraint {
  enum class Kind { kPrimaryKey, kIndex, kForeignKey };
  Kind kind;
  std::string name;
  const char* attribute;
  Location location;
};

// The constraints of `model` as prisma::lower names them: primary key, unique and other indexes,
// foreign keys.
void collect_constraints(const Model& model, std::vector<Constraint>& out) {
  using K = Constraint::Kind;
  const std::string& table = model.database_name;
  bool keyed = false;  // a model has one primary key: a second @id or @@id is reported elsewhere
  for (const Field& field : model.fields) {
    if (field.id && !std::exchange(keyed, true)) {
      out.push_back({K::kPrimaryKey, field.id_map.empty() ? model::primary_key_name(table) : field.id_map, "@id",
                     field.location});
    }
    if (field.unique) {
      out.push_back({K::kIndex, field.unique_map.empty() ? model::unique_index_name(table, {field.database_name})
                                                         : field.unique_map,
                     "@unique", field.location});
    }
    if (field.kind == Field::Kind::kRelation && !field.relation->fields.empty()) {
      const Relation& relation = *field.relation;
      out.push_back({K::kForeignKey, relation.map.empty()
                                         ? model::foreign_key_name(table, column_names(model, relation.fields))
                                         : relation.map,
                     "@relation", field.location});
    }
  }
  for (const ModelIndex& index : model.indexes) {
    std::vector<std::string> fields;
    for (const IndexField& item : index.fields) fields.push_back(item.name);
    if (index.kind == ModelIndex::Kind::kPrimaryKey) {
      if (std::exchange(keyed, true)) continue;
      out.push_back({K::kPrimaryKey, index.map.empty() ? model::primary_key_name(table) : index.map, "@@id",
                     index.location});
      continue;
    }
    const bool unique = index.kind == ModelIndex::Kind::kUnique;
    std::string name = !index.map.empty()                ? index.map
                       : !unique && !index.name.empty()  ? index.name  // older schemas name indexes with `name:`
                       : unique ? model::unique_index_name(table, column_names(model, fields))
                                : model::index_name(table, column_names(model, fields));
    out.push_back({K::kIndex, std::move(name), unique ? "@@unique" : "@@index", index.location});
  }
}

// Constraint names that PostgreSQL (and Prisma's validation) would not take twice, in Prisma's two
// namespaces: primary keys, indexes and unique constraints share one per database schema (an
// index is a relation of its schema, as a table is); and a model's primary key, indexes, unique
// constraints and foreign keys share one per table. Two `@@index([a])` of one model that differ
// only in their type have one generated name, for instance.
void check_constraint_names(Context& context, const Schema& schema) {
  using K = Constraint::Kind;
  std::vector<std::vector<Constraint>> constraints(schema.models.size());
  std::map<std::pair<std::string_view, std::string_view>, int> in_schema;  // views of `constraints`
  for (size_t m = 0; m < schema.models.size(); ++m) {
    collect_constraints(schema.models[m], constraints[m]);
    for (const Constraint& item : constraints[m]) {
      if (item.kind != K::kForeignKey) ++in_schema[{schema.models[m].schema, item.name}];
    }
  }
  std::unordered_map<std::string_view, int> in_table;
  for (size_t m = 0; m < schema.models.size(); ++m) {
    const Model& model = schema.models[m];
    in_table.clear();
    for (const Constraint& item : constraints[m]) ++in_table[item.name];
    for (const Constraint& item : constraints[m]) {
      const bool schema_clash = item.kind != K::kForeignKey && in_schema[{model.schema, item.name}] > 1;
      const bool table_clash = item.kind != K::kIndex && in_table[item.name] > 1;
      if (!schema_clash && !table_clash) continue;
      context.error(item.location,
                    std::string(item.attribute) + " of model \"" + model.name + "\" is named \"" + item.name +
                        "\" in the database, as is another " +
                        (schema_clash ? "primary key, index or unique constraint of the same database schema"
                                      : "key, index or foreign key of the same table") +
                        "; give one of them a name of its own with map: \"...\"");
    }
  }
}

}  // namespace

void check_keys(Context& context, const Schema& schema) {
  // Keys and values view names in `schema`, which outlives these maps.
  using SchemaAndName = std::pair<std::string_view, std::string_view>;
  std::map<SchemaAndName, std::string_view> tables;
  std::map<SchemaAndName, std::string_view> types;
  RepeatedNames names;  // reused for the values of each enum and the columns of each model
  for (const Enum& item : schema.enums) {
    check_schema_name(context, schema, item.schema, "enum", item.name, item.location);
    auto [it, inserted] = types.emplace(SchemaAndName(item.schema, item.database_name), item.name);
    if (!inserted) {
      context.error(item.location, "enum \"" + item.name + "\" has the same database name \"" +
                                       item.database_name + "\" as enum \"" + std::string(it->second) + "\"");
    }
    names.clear();
    for (size_t i = 0; i < item.values.size(); ++i) names.add(item.values[i].database_name, i);
    names.finish();
    for (size_t i = 0; i < item.values.size(); ++i) {
      const EnumValue& value = item.values[i];
      if (names.first(i) != i) {
        context.error(value.location, "enum value \"" + value.name + "\" maps to \"" + value.database_name +
                                          "\", which another value of \"" + item.name + "\" already uses");
      }
    }
  }
  for (const Model& model : schema.models) {
    check_identity(context, model);
    check_index_fields(context, model);
    check_schema_name(context, schema, model.schema, model.is_view ? "view" : "model", model.name, model.location);
    auto [it, inserted] = tables.emplace(SchemaAndName(model.schema, model.database_name), model.name);
    if (!inserted) {
      context.error(model.location, "model \"" + model.name + "\" has the same table name \"" +
                                        model.database_name + "\" as model \"" + std::string(it->second) + "\"");
    }
    names.clear();
    for (size_t i = 0; i < model.fields.size(); ++i) {
      if (model.fields[i].kind != Field::Kind::kRelation) names.add(model.fields[i].database_name, i);
    }
    names.finish();
    for (size_t i = 0; i < model.fields.size(); ++i) {
      const Field& field = model.fields[i];
      if (field.kind == Field::Kind::kRelation || names.first(i) == i) continue;
      context.error(field.location, "field \"" + field.name + "\" has the same column name \"" +
                                        field.database_name + "\" as field \"" +
                                        model.fields[names.first(i)].name + "\"");
    }
  }
  check_constraint_names(context, schema);
}

}  // namespace qdb::prisma::detail
