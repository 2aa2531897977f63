// Identity checks: primary keys and unique criteria, field lists of @@id/@@unique/@@index,
// database names that would collide, and @@schema against the datasource's schemas.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
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
      } else if (index.kind == ModelIndex::Kind::kPrimaryKey && !model.ignored && (field->optional || field->list)) {
        context.error(index.location, "@@id field \"" + item.name + "\" must be required" +
                                          (field->list ? std::string(", not a list") : std::string()));
      }
    }
  }
}

// A view is not a table: it has no primary key and no indexes, and its unique criteria are
// promises about its rows (for the client), with no database object to name or sort.
void check_view(Context& context, const Model& model) {
  const std::string kind_hint = "; a view is not a table: mark its unique rows with @unique or @@unique([...])";
  for (const Field& field : model.fields) {
    if (field.id) context.error(field.location, "view \"" + model.name + "\" cannot have a primary key (@id on \"" +
                                                    field.name + "\")" + kind_hint);
    if (field.unique && !field.unique_map.empty()) {
      context.error(field.location, "@unique on view field \"" + field.name + "\" cannot have map: (no index "
                                    "backs it in the database); remove the map argument");
    }
    if (field.unique && field.unique_sort) {
      context.error(field.location, "@unique on view field \"" + field.name + "\" cannot have arguments; "
                                    "remove sort");
    }
  }
  for (const ModelIndex& index : model.indexes) {
    if (index.kind == ModelIndex::Kind::kPrimaryKey) {
      context.error(index.location, "view \"" + model.name + "\" cannot have a primary key (@@id)" + kind_hint);
    } else if (index.kind == ModelIndex::Kind::kIndex) {
      context.error(index.location, "view \"" + model.name + "\" cannot have indexes (@@index); remove it");
    } else {
      if (!index.map.empty()) {
        context.error(index.location, "@@unique on view \"" + model.name + "\" cannot have map: (no index backs it "
                                      "in the database); remove the map argument");
      }
      const bool arguments = std::any_of(index.fields.begin(), index.fields.end(),
                                         [](const IndexField& item) { return item.sort || !item.ops.empty(); });
      if (arguments) {
        context.error(index.location, "the fields of @@unique on view \"" + model.name +
                                          "\" cannot have arguments; remove sort");
      }
    }
  }
}

void check_identity(Context& context, const Model& model) {
  const Field* first_id = nullptr;
  bool has_unique = false;
  for (const Field& field : model.fields) {
    if (field.id) {
      // PostgreSQL indexes array columns, so Prisma allows @unique on a list, not @id. Neither
      // rule applies to an @@ignore'd model, as in Prisma.
      if (!model.ignored && (field.list || field.optional)) {
        context.error(field.location, field.list ? "@id cannot be used on list field \"" + field.name + "\""
                                                 : "@id field \"" + field.name + "\" must be required");
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
// convention; kept in one buffer of names) and the attribute that makes it.
struct Constraint {
  enum class Kind { kPrimaryKey, kIndex, kForeignKey };
  Kind kind;
  uint32_t model;   // its index in the schema's models
  uint32_t offset;  // of the name in the names buffer
  uint32_t length;
  const char* attribute;
  Location location;
};

// The constraints of all models as prisma::lower names them (primary key, unique and other
// indexes, foreign keys), their names in one buffer: a schema of thousands of models makes tens
// of thousands of names, which one allocation each made a noticeable part of `validate`.
class Constraints {
 public:
  using Kind = Constraint::Kind;

  void reserve(size_t models) {
    items_.reserve(models * 4);
    first_.reserve(models + 1);
    names_.reserve(models * 4 * 24);
  }

  void add_model(const Model& model) {
    first_.push_back(items_.size());
    // The fields with @map, the only ones whose column is not named as the field.
    mapped_.clear();
    for (const Field& field : model.fields) {
      if (field.database_name != field.name) mapped_.emplace_back(field.name, field.database_name);
    }
    const std::string& table = model.database_name;
    bool keyed = false;  // a model has one primary key: a second @id or @@id is reported elsewhere
    for (const Field& field : model.fields) {
      if (field.id && !std::exchange(keyed, true)) add(Kind::kPrimaryKey, field.id_map, table, {}, "_pkey", "@id", field.location);
      if (field.unique) {
        columns_.assign(1, field.database_name);
        add(Kind::kIndex, field.unique_map, table, columns_, "_key", "@unique", field.location);
      }
      if (field.kind == Field::Kind::kRelation && !field.relation->fields.empty()) {
        const Relation& relation = *field.relation;
        columns_.clear();
        for (const std::string& name : relation.fields) columns_.push_back(column(name));
        add(Kind::kForeignKey, relation.map, table, columns_, "_fkey", "@relation", field.location);
      }
    }
    for (const ModelIndex& index : model.indexes) {
      if (index.kind == ModelIndex::Kind::kPrimaryKey) {
        if (!std::exchange(keyed, true)) add(Kind::kPrimaryKey, index.map, table, {}, "_pkey", "@@id", index.location);
        continue;
      }
      const bool unique = index.kind == ModelIndex::Kind::kUnique;
      columns_.clear();
      for (const IndexField& item : index.fields) columns_.push_back(column(item.name));
      // Older schemas name a plain index with `name:`.
      const std::string& given = !index.map.empty() || unique ? index.map : index.name;
      add(Kind::kIndex, given, table, columns_, unique ? "_key" : "_idx", unique ? "@@unique" : "@@index",
          index.location);
    }
  }

  void finish() { first_.push_back(items_.size()); }

  size_t size() const { return items_.size(); }
  const Constraint& operator[](size_t i) const { return items_[i]; }
  std::string_view name(const Constraint& item) const { return std::string_view(names_).substr(item.offset, item.length); }
  // Those of model m are [begin(m), end(m)).
  size_t begin(size_t m) const { return first_[m]; }
  size_t end(size_t m) const { return first_[m + 1]; }

 private:
  std::string_view column(const std::string& name) const {
    for (const auto& [field, column] : mapped_) {
      if (field == name) return column;
    }
    return name;
  }

  void add(Kind kind, const std::string& given, std::string_view table, const std::vector<std::string_view>& columns,
           std::string_view suffix, const char* attribute, Location location) {
    const size_t offset = names_.size();
    if (given.empty()) {
      model::append_constraint_name(names_, table, columns, suffix);
    } else {
      names_ += given;
    }
    items_.push_back({kind, static_cast<uint32_t>(first_.size() - 1), static_cast<uint32_t>(offset),
                      static_cast<uint32_t>(names_.size() - offset), attribute, location});
  }

  std::vector<Constraint> items_;
  std::vector<size_t> first_;
  std::string names_;
  std::vector<std::string_view> columns_;  // reused for each constraint
  std::vector<std::pair<std::string_view, std::string_view>> mapped_;  // field, column: of the model at hand
};

// Constraint names that PostgreSQL (and Prisma's validation) would not take twice, in Prisma's two
// namespaces: primary keys, indexes and unique constraints share one per database schema (an
// index is a relation of its schema, as a table is); and a model's primary key, indexes, unique
// constraints and foreign keys share one per table. Two `@@index([a])` of one model that differ
// only in their type have one generated name, for instance.
void check_constraint_names(Context& context, const Schema& schema) {
  using K = Constraint::Kind;
  Constraints constraints;
  constraints.reserve(schema.models.size());
  for (const Model& model : schema.models) constraints.add_model(model);
  constraints.finish();

  // The database schema's namespace: an open-addressing table of the constraints (not foreign
  // keys) by the hash of (schema, name); a clash is two entries of one hash and the same text.
  const auto schema_of = [&](const Constraint& item) -> const std::string& { return schema.models[item.model].schema; };
  std::vector<bool> schema_clash(constraints.size());
  size_t slots = 16;
  while (slots < constraints.size() + constraints.size() / 2) slots *= 2;
  struct Slot {
    uint32_t hash = 0;           // the low half of the hash
    uint32_t item = UINT32_MAX;  // a constraint, or none
  };
  std::vector<Slot> table(slots);
  for (size_t i = 0; i < constraints.size(); ++i) {
    const Constraint& item = constraints[i];
    if (item.kind == K::kForeignKey) continue;
    const std::string_view name = constraints.name(item);
    const size_t hash = std::hash<std::string_view>{}(name) * 31 + std::hash<std::string_view>{}(schema_of(item));
    for (size_t at = hash & (slots - 1);; at = (at + 1) & (slots - 1)) {
      Slot& slot = table[at];
      if (slot.item == UINT32_MAX) {
        slot = {static_cast<uint32_t>(hash), static_cast<uint32_t>(i)};
        break;
      }
      const Constraint& other = constraints[slot.item];
      if (slot.hash == static_cast<uint32_t>(hash) && constraints.name(other) == name &&
          schema_of(other) == schema_of(item)) {
        schema_clash[slot.item] = schema_clash[i] = true;  // the first of the name stays in the table
        break;
      }
    }
  }

  for (size_t m = 0; m < schema.models.size(); ++m) {
    const Model& model = schema.models[m];
    for (size_t i = constraints.begin(m); i < constraints.end(m); ++i) {
      const Constraint& item = constraints[i];
      const std::string_view name = constraints.name(item);
      bool table_clash = false;  // a model has a few constraints: each pair is compared
      for (size_t j = constraints.begin(m); j < constraints.end(m) && item.kind != K::kIndex && !table_clash; ++j) {
        table_clash = j != i && constraints.name(constraints[j]) == name;
      }
      if (!schema_clash[i] && !table_clash) continue;
      context.error(item.location,
                    std::string(item.attribute) + " of model \"" + model.name + "\" is named \"" + std::string(name) +
                        "\" in the database, as is another " +
                        (schema_clash[i] ? "primary key, index or unique constraint of the same database schema"
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
    if (model.is_view) check_view(context, model);
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
