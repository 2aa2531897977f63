// Identity checks: primary keys and unique criteria, field lists of @@id/@@unique/@@index,
// database names that would collide, and @@schema against the datasource's schemas.
#include <algorithm>
#include <map>
#include <set>

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
}

}  // namespace qdb::prisma::detail
