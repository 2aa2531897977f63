#include "prisma/lower.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

#include "model/names.hpp"
#include "prisma/datetime_literal.hpp"
#include "prisma/native_types.hpp"

#include "util/sql_quote.hpp"

namespace qdb::prisma {
namespace {

// Schema::find_model scans; lowering looks up every relation's target, so it uses a map.
using ModelsByName = std::unordered_map<std::string_view, const Model*>;

// Schema::find_enum scans too; a column of an enum type looks its enum up.
using EnumsByName = std::unordered_map<std::string_view, const Enum*>;

EnumsByName enums_by_name(const Schema& schema) {
  EnumsByName enums;
  enums.reserve(schema.enums.size());
  for (const Enum& item : schema.enums) enums.emplace(item.name, &item);
  return enums;
}

// The column type of `field`; `target` is its enum, if it has one.
std::string type_sql(const Enum* target, const Field& field) {
  std::string type;
  if (field.kind == Field::Kind::kEnum) {
    const std::string& name = target ? target->database_name : field.type_name;
    if (target && !target->schema.empty()) type = util::quote_identifier(target->schema) + ".";
    type += util::quote_identifier(name);
  } else if (field.scalar == ScalarType::kUnsupported) {
    type = field.unsupported;
  } else if (field.native_type) {
    type = native_type_sql(*field.native_type);
  } else {
    type = scalar_type_info(field.scalar).sql;
  }
  if (field.list) type += "[]";
  return type;
}

ModelsByName models_by_name(const Schema& schema) {
  ModelsByName models;
  models.reserve(schema.models.size());
  // Names are unique in a valid schema; keep the first, as find_model would.
  for (const Model& model : schema.models) models.emplace(model.name, &model);
  return models;
}

// A list relation field, by the model (not a view) that holds it and the names that pair it with
// its opposite field, taken while the field is at hand (read later, they are cache misses).
struct ListRelationField {
  const Model* model;
  std::string_view target;    // the related model's name
  std::string_view relation;  // the relation's name
};

ListRelationField list_relation_field(const Model& model, const Field& field) {
  return {&model, field.type_name, field.relation->name};
}

// The implicit many-to-many relations among `fields` (every list relation field of the schema's
// models, in order): a field whose target holds, under the same relation name, a list relation
// field back to the field's model (another field than itself, for a relation of a model with
// itself). Views take no part: their fields are not in `fields`, and a view as target is skipped.
std::vector<ManyToMany> many_to_many_of(const ModelsByName& models, const std::vector<ListRelationField>& fields) {
  // How many of `fields` each (holder, target, relation name) has.
  struct Key {
    std::string_view holder, target, relation;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const {
      const std::hash<std::string_view> hash;
      return hash(key.holder) ^ (hash(key.target) * 31) ^ (hash(key.relation) * 1009);
    }
  };
  std::unordered_map<Key, int, KeyHash> held;
  held.reserve(fields.size());
  for (const ListRelationField& item : fields) ++held[{item.model->name, item.target, item.relation}];
  std::vector<ManyToMany> result;
  std::set<std::string> seen;
  for (const ListRelationField& item : fields) {
    const Model* model = item.model;
    auto opposite = held.find({item.target, model->name, item.relation});
    if (opposite == held.end()) continue;
    auto found = models.find(item.target);
    if (found == models.end()) continue;
    const Model* target = found->second;
    if (target->is_view) continue;
    if (opposite->second - (target == model ? 1 : 0) <= 0) continue;
    std::string name = join_table_name(std::string(item.relation), model->name, target->name);
    if (!seen.insert(name).second) continue;
    const Model* a = model->name <= target->name ? model : target;
    const Model* b = model->name <= target->name ? target : model;
    result.push_back(ManyToMany{std::move(name), a, b});
  }
  return result;
}

// Bytes defaults are written in base64 in the schema and as '\x<hex>' in SQL.
std::string base64_to_hex(const std::string& text) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    size_t value = kAlphabet.find(c);
    if (value == std::string::npos) continue;
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      unsigned byte = (buffer >> bits) & 0xFF;
      hex += kHex[byte >> 4];
      hex += kHex[byte & 15];
    }
  }
  return hex;
}

// The SQL of one default value of `field`; `target` is the field's enum, if it has one.
std::string value_sql(const Enum* target, const Field& field, const DefaultValue& value) {
  switch (value.kind) {
    case DefaultValue::Kind::kString:
      if (field.scalar == ScalarType::kBytes) return util::quote_literal("\\x" + base64_to_hex(value.text));
      if (field.scalar == ScalarType::kDecimal) return value.text;
      if (field.scalar == ScalarType::kDateTime) {
        return util::quote_literal(datetime_literal_sql(value.text).value_or(value.text));
      }
      return util::quote_literal(value.text);
    case DefaultValue::Kind::kEnumValue: {
      if (target) {
        for (const EnumValue& item : target->values) {
          if (item.name == value.text) return util::quote_literal(item.database_name);
        }
      }
      return util::quote_literal(value.text);
    }
    default: return value.text;
  }
}

// The SQL of `field`'s default, if it has one; `target` is its enum, if it has one. Keep in step
// with has_default_sql().
std::optional<std::string> default_sql_of(const Enum* target, const Field& field) {
  if (!field.default_value) return std::nullopt;
  const DefaultValue& value = *field.default_value;
  switch (value.kind) {
    case DefaultValue::Kind::kAutoincrement:
    case DefaultValue::Kind::kUuid:
    case DefaultValue::Kind::kCuid:
    case DefaultValue::Kind::kNanoid:
    case DefaultValue::Kind::kUlid: return std::nullopt;
    case DefaultValue::Kind::kNow: return "CURRENT_TIMESTAMP";
    case DefaultValue::Kind::kDbGenerated:
      if (value.text.empty()) return std::nullopt;
      return value.text;
    case DefaultValue::Kind::kList: {
      std::string out = "ARRAY[";
      for (size_t i = 0; i < value.items.size(); ++i) {
        out.append(i ? ", " : "").append(value_sql(target, field, value.items[i]));
      }
      return out.append("]::").append(type_sql(target, field));
    }
    default: return value_sql(target, field, value);
  }
}

const Field* single_id(const Model& model) {
  for (const Field& field : model.fields) {
    if (field.id) return &field;
  }
  return nullptr;
}

model::Action action(std::optional<ReferentialAction> given, model::Action fallback) {
  if (!given) return fallback;
  switch (*given) {
    case ReferentialAction::kCascade: return model::Action::kCascade;
    case ReferentialAction::kRestrict: return model::Action::kRestrict;
    case ReferentialAction::kNoAction: return model::Action::kNoAction;
    case ReferentialAction::kSetNull: return model::Action::kSetNull;
    case ReferentialAction::kSetDefault: return model::Action::kSetDefault;
  }
  return fallback;
}

std::string ops_sql(const std::string& ops) {
  if (ops.rfind("raw:", 0) == 0) return ops.substr(4);
  // JsonbPathOps → jsonb_path_ops; a few names are single words in PostgreSQL.
  std::string out;
  for (size_t i = 0; i < ops.size(); ++i) {
    char c = ops[i];
    if (c >= 'A' && c <= 'Z') {
      if (i > 0) out += '_';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  for (auto [from, to] : {std::pair<std::string, std::string>{"min_max", "minmax"},
                          {"timestamp_tz", "timestamptz"}, {"time_tz", "timetz"},
                          {"var_bit", "varbit"}, {"var_char", "varchar"}}) {
    for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
    }
  }
  return out;
}

std::vector<std::string> column_names(const Model& model, const std::vector<std::string>& fields) {
  std::vector<std::string> names;
  for (const std::string& name : fields) {
    const Field* field = find_field(model, name);
    names.push_back(field ? field->database_name : name);
  }
  return names;
}

// What lowering a model needs besides the model: the schema's lookups, buffers kept from one
// model to the next (allocated once per schema, not once per model), and the list relation
// fields met so far, in order, which the implicit many-to-many relations are found from
// afterwards (without a second pass over every field of the schema).
struct Lowering {
  const ModelsByName& models;
  const EnumsByName& enums;
  std::vector<const Field*> unique_fields;
  std::vector<const Field*> relation_fields;
  std::vector<std::string> names;
  std::vector<ListRelationField> list_relations;
};

model::Index make_index(const Model& model, const ModelIndex& source, std::vector<std::string>& names) {
  model::Index index;
  index.unique = source.kind == ModelIndex::Kind::kUnique;
  names.clear();
  index.columns.reserve(source.fields.size());
  for (const IndexField& item : source.fields) {
    const Field* field = find_field(model, item.name);
    model::IndexColumn& column = index.columns.emplace_back();
    column.name = field ? field->database_name : item.name;
    if (item.sort) column.sort = *item.sort == "Desc" ? "DESC" : "ASC";
    column.length = item.length;
    if (!item.ops.empty()) column.ops = ops_sql(item.ops);
    names.push_back(column.name);
  }
  if (!source.type.empty() && source.type != "BTree") {
    for (char c : source.type) index.method += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (!source.map.empty()) {
    index.name = source.map;
  } else if (source.kind == ModelIndex::Kind::kIndex && !source.name.empty()) {
    index.name = source.name;  // older schemas name indexes with `name:`
  } else {
    index.name = index.unique ? model::unique_index_name(model.database_name, names)
                              : model::index_name(model.database_name, names);
  }
  return index;
}

// One pass over the fields (a model's fields are large; a schema of thousands of models does not
// stay in cache), which keeps the @unique and relation fields for the constraints after it.
model::Table lower_model(Lowering& lowering, const Model& model) {
  model::Table table;
  table.schema = model.schema;
  table.name = model.database_name;
  table.columns.reserve(model.fields.size());
  std::vector<const Field*>& unique_fields = lowering.unique_fields;
  std::vector<const Field*>& relation_fields = lowering.relation_fields;
  unique_fields.clear();
  relation_fields.clear();
  for (const Field& field : model.fields) {
    if (field.kind == Field::Kind::kRelation) {
      if (!field.relation->fields.empty()) relation_fields.push_back(&field);
      if (field.list) lowering.list_relations.push_back(list_relation_field(model, field));
      continue;
    }
    if (field.unique) unique_fields.push_back(&field);
    const Enum* target = nullptr;
    if (field.kind == Field::Kind::kEnum) {
      auto found = lowering.enums.find(field.type_name);
      if (found != lowering.enums.end()) target = found->second;
    }
    model::Column& column = table.columns.emplace_back();
    column.name = field.database_name;
    column.type = type_sql(target, field);
    if (target) column.enum_name = target->database_name;
    column.nullable = field.optional;
    column.default_sql = default_sql_of(target, field);
    if (field.default_value && field.default_value->kind == DefaultValue::Kind::kDbGenerated) {
      column.any_default = field.default_value->text.empty();
      column.default_generated = !column.any_default;
    }
    column.autoincrement =
        field.default_value && field.default_value->kind == DefaultValue::Kind::kAutoincrement;
    if (field.id) {
      table.primary_key = model::PrimaryKey{
          field.id_map.empty() ? model::primary_key_name(table.name) : field.id_map,
          {field.database_name}};
    }
  }
  for (const ModelIndex& index : model.indexes) {
    if (index.kind != ModelIndex::Kind::kPrimaryKey) continue;
    std::vector<std::string> fields;
    for (const IndexField& item : index.fields) fields.push_back(item.name);
    table.primary_key = model::PrimaryKey{
        index.map.empty() ? model::primary_key_name(table.name) : index.map, column_names(model, fields)};
  }
  // Prisma's order: field-level @unique first, then @@index, then @@unique, each as written.
  table.indexes.reserve(unique_fields.size() + model.indexes.size());
  for (const Field* field : unique_fields) {
    model::Index& unique = table.indexes.emplace_back();
    if (field->unique_map.empty()) {
      lowering.names.assign(1, field->database_name);
      unique.name = model::unique_index_name(table.name, lowering.names);
    } else {
      unique.name = field->unique_map;
    }
    model::IndexColumn& column = unique.columns.emplace_back();
    column.name = field->database_name;
    if (field->unique_sort) column.sort = *field->unique_sort == "Desc" ? "DESC" : "ASC";
    unique.unique = true;
  }
  for (auto kind : {ModelIndex::Kind::kIndex, ModelIndex::Kind::kUnique}) {
    for (const ModelIndex& index : model.indexes) {
      if (index.kind == kind) table.indexes.push_back(make_index(model, index, lowering.names));
    }
  }
  table.foreign_keys.reserve(relation_fields.size());
  for (const Field* field : relation_fields) {
    auto found = lowering.models.find(field->type_name);
    if (found == lowering.models.end()) continue;
    const Model* target = found->second;
    const Relation& relation = *field->relation;
    model::ForeignKey& key = table.foreign_keys.emplace_back();
    key.columns = column_names(model, relation.fields);
    key.name = relation.map.empty() ? model::foreign_key_name(table.name, key.columns) : relation.map;
    key.referenced_schema = target->schema;
    key.referenced_table = target->database_name;
    key.referenced_columns = column_names(*target, relation.references);
    bool optional = false;
    for (const std::string& name : relation.fields) {
      const Field* scalar = find_field(model, name);
      optional = optional || (scalar && scalar->optional);
    }
    key.on_delete = action(relation.on_delete, optional ? model::Action::kSetNull : model::Action::kRestrict);
    key.on_update = action(relation.on_update, model::Action::kCascade);
  }
  return table;
}

model::Table join_table(const Schema& schema, const Model& a, const Model& b, const std::string& name) {
  model::Table table;
  table.schema = a.schema;
  table.name = name;
  const Field* a_id = single_id(a);
  const Field* b_id = single_id(b);
  for (auto [column_name, id] : {std::pair{"A", a_id}, std::pair{"B", b_id}}) {
    model::Column column;
    column.name = column_name;
    column.type = id ? column_type_sql(schema, *id) : "INTEGER";
    table.columns.push_back(std::move(column));
  }
  table.primary_key = model::PrimaryKey{model::constraint_name(name, {"AB"}, "_pkey"), {"A", "B"}};
  model::Index b_index;
  b_index.name = model::constraint_name(name, {"B"}, "_index");
  b_index.columns.emplace_back().name = "B";
  table.indexes.push_back(std::move(b_index));
  int side = 0;
  for (const Model* target : {&a, &b}) {
    const Field* id = side == 0 ? a_id : b_id;
    std::string column = side++ == 0 ? "A" : "B";
    model::ForeignKey key;
    key.name = model::foreign_key_name(name, {column});
    key.columns = {column};
    key.referenced_schema = target->schema;
    key.referenced_table = target->database_name;
    key.referenced_columns = {id ? id->database_name : "id"};
    key.on_delete = model::Action::kCascade;
    key.on_update = model::Action::kCascade;
    table.foreign_keys.push_back(std::move(key));
  }
  return table;
}

}  // namespace

std::string join_table_name(const std::string& relation_name, const std::string& model_a,
                            const std::string& model_b) {
  if (!relation_name.empty()) return "_" + relation_name;
  return "_" + std::min(model_a, model_b) + "To" + std::max(model_a, model_b);
}

std::string column_type_sql(const Schema& schema, const Field& field) {
  return type_sql(field.kind == Field::Kind::kEnum ? schema.find_enum(field.type_name) : nullptr, field);
}

bool has_default_sql(const Field& field) {
  if (!field.default_value) return false;
  switch (field.default_value->kind) {
    case DefaultValue::Kind::kAutoincrement:
    case DefaultValue::Kind::kUuid:
    case DefaultValue::Kind::kCuid:
    case DefaultValue::Kind::kNanoid:
    case DefaultValue::Kind::kUlid: return false;
    case DefaultValue::Kind::kDbGenerated: return !field.default_value->text.empty();
    default: return true;
  }
}

std::optional<std::string> default_sql(const Schema& schema, const Field& field) {
  return default_sql_of(schema.find_enum(field.type_name), field);
}

std::vector<ManyToMany> implicit_many_to_many(const Schema& schema) {
  std::vector<ListRelationField> fields;
  for (const Model& model : schema.models) {
    if (model.is_view) continue;
    for (const Field& field : model.fields) {
      if (field.kind == Field::Kind::kRelation && field.list) fields.push_back(list_relation_field(model, field));
    }
  }
  return many_to_many_of(models_by_name(schema), fields);
}

namespace {

// Prisma writes the names of what lives in the connection's default schema unqualified, even
// with multiSchema: lowering reads `@@schema("<default>")` as no @@schema. Nothing when no model
// or enum names the default schema, so the common case copies nothing.
std::optional<Schema> without_default_schema(const Schema& schema, const std::string& default_schema) {
  if (!schema.datasource || schema.datasource->schemas.empty()) return std::nullopt;
  const bool named = std::any_of(schema.models.begin(), schema.models.end(),
                                 [&](const Model& model) { return model.schema == default_schema; }) ||
                     std::any_of(schema.enums.begin(), schema.enums.end(),
                                 [&](const Enum& item) { return item.schema == default_schema; });
  if (!named) return std::nullopt;
  Schema copy = schema;
  for (Model& model : copy.models) {
    if (model.schema == default_schema) model.schema.clear();
  }
  for (Enum& item : copy.enums) {
    if (item.schema == default_schema) item.schema.clear();
  }
  return copy;
}

}  // namespace

model::Schema lower(const Schema& original, const std::string& default_schema) {
  const std::optional<Schema> unqualified = without_default_schema(original, default_schema);
  const Schema& schema = unqualified ? *unqualified : original;
  model::Schema result;
  if (schema.datasource) {
    result.namespaces = schema.datasource->schemas;
    for (const DatasourceExtension& item : schema.datasource->extensions) {
      result.extensions.push_back({item.map.empty() ? item.name : item.map, item.schema, item.version});
    }
    // Prisma creates them in name order; of one name listed twice, the first counts.
    std::stable_sort(result.extensions.begin(), result.extensions.end(),
                     [](const model::Extension& a, const model::Extension& b) { return a.name < b.name; });
    result.extensions.erase(std::unique(result.extensions.begin(), result.extensions.end(),
                                        [](const model::Extension& a, const model::Extension& b) {
                                          return a.name == b.name;
                                        }),
                            result.extensions.end());
  }
  for (const Enum& item : schema.enums) {
    model::Enum lowered{item.schema, item.database_name, {}};
    for (const EnumValue& value : item.values) lowered.values.push_back(value.database_name);
    result.enums.push_back(std::move(lowered));
  }
  const ModelsByName models = models_by_name(schema);
  const EnumsByName enums = enums_by_name(schema);
  Lowering lowering{models, enums, {}, {}, {}, {}};
  result.tables.reserve(schema.models.size());
  for (const Model& model : schema.models) {
    if (!model.is_view) result.tables.push_back(lower_model(lowering, model));
  }
  for (const ManyToMany& relation : many_to_many_of(models, lowering.list_relations)) {
    result.tables.push_back(join_table(schema, *relation.a, *relation.b, relation.table_name));
  }
  return result;
}

}  // namespace qdb::prisma
