#include "inspect/to_prisma.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "inspect/prisma_fields.hpp"
#include "inspect/prisma_relations.hpp"
#include "model/names.hpp"
#include "prisma/format.hpp"
#include "prisma/native_types.hpp"

namespace qdb::inspect {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_word_char(char c) { return is_letter(c) || (c >= '0' && c <= '9') || c == '_'; }

// Prisma's name of an operator class it knows outside BRIN (jsonb_path_ops → JsonbPathOps), else
// raw("...").
std::string operator_class(const std::string& ops) {
  static const std::map<std::string, std::string> kNames = {
      {"jsonb_ops", "JsonbOps"}, {"jsonb_path_ops", "JsonbPathOps"}, {"array_ops", "ArrayOps"},
      {"inet_ops", "InetOps"},   {"text_ops", "TextOps"},
  };
  auto found = kNames.find(ops);
  return found != kNames.end() ? found->second : "raw(" + string_literal(ops) + ")";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  return out;
}

// The arguments of one index column (`sort: Desc`, `length: 10`, `ops: raw("...")`).
std::vector<std::string> column_arguments(const model::IndexColumn& column) {
  std::vector<std::string> arguments;
  if (column.length) arguments.push_back("length: " + std::to_string(*column.length));
  if (column.sort == "DESC") arguments.push_back("sort: Desc");
  if (!column.ops.empty()) arguments.push_back("ops: " + operator_class(column.ops));
  return arguments;
}

// One column of an index list: `name`, `name(sort: Desc)`.
std::string index_field(const model::IndexColumn& column, const std::string& field_name) {
  const std::vector<std::string> arguments = column_arguments(column);
  return arguments.empty() ? field_name : field_name + "(" + joined(arguments) + ")";
}

std::string index_method(const std::string& method) {
  static const std::map<std::string, std::string> kMethods = {
      {"HASH", "Hash"}, {"GIN", "Gin"}, {"GIST", "Gist"}, {"SPGIST", "SpGist"}, {"BRIN", "Brin"}};
  auto found = kMethods.find(method);
  return found == kMethods.end() ? method : found->second;
}

// Indexes the schema language cannot say: on expressions, partial, with INCLUDE or NULLS NOT
// DISTINCT. They are left out of the pulled schema (docs/pull.md).
bool expressible(const model::Index& index) {
  if (index.predicate || !index.include.empty() || index.nulls_not_distinct) return false;
  for (const model::IndexColumn& column : index.columns) {
    if (column.name.empty() || !column.expression.empty() || !column.nulls.empty()) return false;
  }
  return true;
}

// Prisma Client needs a primary key or a unique index over required columns.
bool identifiable(const model::Table& table) {
  if (table.primary_key) return true;
  for (const model::Index& index : table.indexes) {
    if (!index.unique || !expressible(index)) continue;
    bool required = true;
    for (const model::IndexColumn& column : index.columns) {
      for (const model::Column& c : table.columns) {
        if (c.name == column.name && c.nullable) required = false;
      }
    }
    if (required) return true;
  }
  return false;
}

// What puts one of Prisma's warnings above a model or an enum, read as objects: a comment
// (COMMENT ON) on the table or one of its columns, or on the type; an exclusion constraint; a
// partition of the table; row level security; a child table by inheritance; a deferrable primary
// key or unique constraint. Each is kept by its kind and the (schema, table) it marks, or the
// (schema, type) of a comment on a type.
class Noted {
 public:
  using Kind = model::DatabaseObject::Kind;

  explicit Noted(const model::Schema& schema) {
    for (const model::DatabaseObject& object : schema.objects) {
      marks_.emplace(object.kind, object.schema, object.table.empty() ? object.name : object.table);
    }
  }

  bool has(Kind kind, const std::string& schema, const std::string& table_or_type) const {
    return marks_.count({kind, schema, table_or_type}) > 0;
  }

 private:
  std::set<std::tuple<Kind, std::string, std::string>> marks_;
};

using EnumNames = std::map<const model::Enum*, std::string>;

class ModelWriter {
 public:
  ModelWriter(const model::Schema& schema, const Relations& relations, const EnumNames& enum_names,
              const model::Table& table, const std::string& default_schema, const Noted& noted)
      : schema_(schema), relations_(relations), enum_names_(enum_names), table_(table),
        default_schema_(default_schema), noted_(noted) {}

  std::string render() {
    plan_unique_fields();
    std::string body;
    for (const model::Column& column : table_.columns) body += "  " + scalar_field(column) + "\n";
    for (const RelationField& field : relations_.fields_of(table_)) body += "  " + relation_field(field) + "\n";
    std::string block;
    if (table_.primary_key && table_.primary_key->columns.size() > 1) {
      block += "  @@id(" + key_fields(table_.primary_key->columns) +
               map_argument(table_.primary_key->name, model::primary_key_name(table_.name)) + ")\n";
    }
    for (const model::Index* index : block_indexes(true)) block += "  @@unique(" + index_arguments(*index) + ")\n";
    for (const model::Index* index : block_indexes(false)) block += "  @@index(" + index_arguments(*index) + ")\n";
    const std::string& model_name = relations_.model_name(table_);
    if (model_name != table_.name) block += "  @@map(" + string_literal(table_.name) + ")\n";
    if (!schema_.namespaces.empty()) {
      block += "  @@schema(" + string_literal(table_.schema.empty() ? default_schema_ : table_.schema) + ")\n";
    }
    // Prisma's warnings, in its order: what its migrations will not keep, and a table Prisma
    // Client cannot handle. (A table cannot both have partitions and children by inheritance.)
    const auto noted = [this](Noted::Kind kind) { return noted_.has(kind, table_.schema, table_.name); };
    std::string head;
    if (noted(Noted::Kind::kTableInheritance)) {
      head += "/// This table has subclasses and requires additional setup for migrations. Visit "
              "https://pris.ly/d/table-inheritance for more info.\n";
    }
    if (noted(Noted::Kind::kPartition)) {
      head += "/// This table is a partition table and requires additional setup for migrations. Visit "
              "https://pris.ly/d/partition-tables for more info.\n";
    }
    if (!table_.checks.empty()) {
      head += "/// This table contains check constraints and requires additional setup for migrations. Visit "
              "https://pris.ly/d/check-constraints for more info.\n";
    }
    if (noted(Noted::Kind::kExclusionConstraint)) {
      head += "/// This table contains exclusion constraints and requires additional setup for migrations. Visit "
              "https://pris.ly/d/exclusion-constraints for more info.\n";
    }
    if (!identifiable(table_)) {
      head += "/// The underlying table does not contain a valid unique identifier and can therefore currently not be "
              "handled by Prisma Client.\n";
      block += "  @@ignore\n";
    }
    if (noted(Noted::Kind::kComment)) {
      head += "/// This model or at least one of its fields has comments in the database, and requires an additional "
              "setup for migrations: Read more: https://pris.ly/d/database-comments\n";
    }
    if (noted(Noted::Kind::kDeferrableConstraint) ||
        std::any_of(table_.foreign_keys.begin(), table_.foreign_keys.end(),
                    [](const model::ForeignKey& foreign_key) { return foreign_key.deferrable; })) {
      head += "/// This model has constraints using non-default deferring rules and requires additional setup for "
              "migrations. Visit https://pris.ly/d/constraint-deferring for more info.\n";
    }
    if (noted(Noted::Kind::kRowLevelSecurity)) {
      head += "/// This model contains row level security and requires additional setup for migrations. Visit "
              "https://pris.ly/d/row-level-security for more info.\n";
    }
    if (has_expression_index()) {
      head += "/// This model contains an expression index which requires additional setup for migrations. Visit "
              "https://pris.ly/d/expression-indexes for more info.\n";
    }
    return head + "model " + model_name + " {\n" + body + (block.empty() ? "" : "\n" + block) + "}\n";
  }

 private:
  // A unique index on one column is written on the field, as Prisma writes it.
  void plan_unique_fields() {
    for (const model::Index& index : table_.indexes) {
      if (index.unique && index.columns.size() == 1 && expressible(index) &&
          !field_unique_.count(index.columns[0].name)) {
        field_unique_[index.columns[0].name] = &index;
      }
    }
  }

  std::vector<const model::Index*> block_indexes(bool unique) const {
    std::vector<const model::Index*> out;
    for (const model::Index& index : table_.indexes) {
      if (index.unique != unique || !expressible(index)) continue;
      if (unique && index.columns.size() == 1 && field_unique_.at(index.columns[0].name) == &index) continue;
      out.push_back(&index);
    }
    std::sort(out.begin(), out.end(), [](const model::Index* a, const model::Index* b) { return a->name < b->name; });
    return out;
  }

  bool has_expression_index() const {
    for (const model::Index& index : table_.indexes) {
      for (const model::IndexColumn& column : index.columns) {
        if (!column.expression.empty()) return true;
      }
    }
    return false;
  }

  static std::string map_argument(const std::string& name, const std::string& default_name) {
    return name == default_name ? "" : ", map: " + string_literal(name);
  }

  std::string key_fields(const std::vector<std::string>& columns) const {
    std::string out = "[";
    for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) out += ", ";
    out += prisma_identifier(columns[i]);
  }
    return out + "]";
  }

  std::string index_arguments(const model::Index& index) const {
    std::string out = "[";
    std::vector<std::string> columns;
    for (size_t i = 0; i < index.columns.size(); ++i) {
      {
    if (i > 0) out += ", ";
    out += index_field(index.columns[i], prisma_identifier(index.columns[i].name));
  }
      columns.push_back(index.columns[i].name);
    }
    out += "]";
    out += map_argument(index.name, index.unique ? model::unique_index_name(table_.name, columns)
                                                 : model::index_name(table_.name, columns));
    if (!index.method.empty()) out += ", type: " + index_method(index.method);
    return out;
  }

  std::string scalar_field(const model::Column& column) const {
    FieldType type = field_type(schema_, column);
    if (type.enum_type) type.name = enum_names_.at(type.enum_type);
    const std::string name = prisma_identifier(column.name);
    std::string line = name + " " + type.name + (type.list ? "[]" : column.nullable ? "?" : "");
    const model::PrimaryKey* key = table_.primary_key ? &*table_.primary_key : nullptr;
    if (key && key->columns.size() == 1 && key->columns[0] == column.name) {
      const std::string map = map_argument(key->name, model::primary_key_name(table_.name));
      line += map.empty() ? " @id" : " @id(" + map.substr(2) + ")";
    }
    if (auto unique = field_unique_.find(column.name); unique != field_unique_.end()) {
      const model::Index& index = *unique->second;
      std::vector<std::string> arguments = column_arguments(index.columns[0]);
      if (index.name != model::unique_index_name(table_.name, {column.name})) arguments.push_back("map: " + string_literal(index.name));
      line += arguments.empty() ? " @unique" : " @unique(" + joined(arguments) + ")";
    }
    if (std::optional<std::string> value = default_argument(column, type)) line += " @default(" + *value + ")";
    if (name != column.name) line += " @map(" + string_literal(column.name) + ")";
    if (!type.native.empty()) line += " " + type.native;
    return line;
  }

  std::string relation_field(const RelationField& field) const {
    std::string line = field.name + " " + field.type + (field.list ? "[]" : field.optional ? "?" : "");
    std::vector<std::string> arguments;
    if (!field.relation_name.empty()) arguments.push_back(string_literal(field.relation_name));
    if (field.forward) {
      const model::ForeignKey& key = *field.key;
      arguments.push_back("fields: " + key_fields(key.columns));
      arguments.push_back("references: " + key_fields(key.referenced_columns));
      const model::Action on_delete = field.optional ? model::Action::kSetNull : model::Action::kRestrict;
      if (key.on_delete != on_delete) arguments.push_back("onDelete: " + action_name(key.on_delete));
      if (key.on_update != model::Action::kCascade) arguments.push_back("onUpdate: " + action_name(key.on_update));
      if (key.name != model::foreign_key_name(table_.name, key.columns)) arguments.push_back("map: " + string_literal(key.name));
    }
    if (!arguments.empty()) line += " @relation(" + joined(arguments) + ")";
    // Prisma Client cannot use the back side of a relation to an @@ignore'd model.
    if (!field.forward && field.other && !identifiable(*field.other) && identifiable(table_)) line += " @ignore";
    return line;
  }

  static std::string action_name(model::Action action) {
    switch (action) {
      case model::Action::kCascade: return "Cascade";
      case model::Action::kRestrict: return "Restrict";
      case model::Action::kNoAction: return "NoAction";
      case model::Action::kSetNull: return "SetNull";
      case model::Action::kSetDefault: return "SetDefault";
    }
    return "NoAction";
  }

  const model::Schema& schema_;
  const Relations& relations_;
  const EnumNames& enum_names_;
  const model::Table& table_;
  const std::string& default_schema_;
  const Noted& noted_;
  std::map<std::string, const model::Index*> field_unique_;  // column → its one-column unique index
};

std::string enum_block(const model::Enum& e, const std::string& name, bool multi_schema,
                       const std::string& default_schema, const Noted& noted) {
  std::string out;
  if (noted.has(Noted::Kind::kComment, e.schema, e.name)) {
    out += "/// This enum is commented in the database, and requires an additional setup for migrations: Read "
           "more: https://pris.ly/d/database-comments\n";
  }
  out += "enum " + name + " {\n";
  for (const std::string& value : e.values) {
    std::string value_name = prisma_identifier(value);
    if (value.empty()) value_name = "EMPTY_ENUM_VALUE";
    if (value_name.empty()) {
      // Nothing of the name is left: Prisma comments the value out.
      out += "  // " + value + " @map(" + string_literal(value) + ")\n";
      continue;
    }
    out += "  " + value_name + (value_name != value ? " @map(" + string_literal(value) + ")" : "") + "\n";
  }
  std::string block;
  if (name != e.name) block += "  @@map(" + string_literal(e.name) + ")\n";
  if (multi_schema) block += "  @@schema(" + string_literal(e.schema.empty() ? default_schema : e.schema) + ")\n";
  return out + (block.empty() ? "" : "\n" + block) + "}\n";
}

// Calls `visit(start, end)` for each top-level block of `text` (from its keyword to its closing
// brace), skipping comments and strings.
template <typename Visit>
void top_level_blocks(std::string_view text, Visit visit) {
  int depth = 0;
  size_t start = std::string_view::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '"') {
      for (++i; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i) {
        if (text[i] == '\\') ++i;
      }
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      if (--depth == 0 && start != std::string_view::npos) {
        visit(start, i + 1);
        start = std::string_view::npos;
      }
      depth = std::max(depth, 0);
    } else if (depth == 0 && start == std::string_view::npos && is_letter(c) && (i == 0 || !is_word_char(text[i - 1]))) {
      start = i;
    }
  }
}

// `schemas = ["public", "auth"]` → `schemas = ["auth", "public"]`: Prisma writes the list sorted.
std::string with_sorted_schemas(std::string block) {
  size_t at = 0;
  while ((at = block.find("schemas", at)) != std::string::npos) {
    const bool word_start = at == 0 || !is_word_char(block[at - 1]);
    const size_t open = block.find_first_not_of(" \t=", at + 7);
    const bool assigned = block.find('=', at + 7) < open;
    if (!word_start || !assigned || open == std::string::npos || block[open] != '[') {
      at += 7;
      continue;
    }
    const size_t close = block.find(']', open);
    if (close == std::string::npos) break;
    std::vector<std::string> names;
    for (size_t quote = block.find('"', open); quote < close; quote = block.find('"', quote)) {
      const size_t end = block.find('"', quote + 1);
      if (end > close) break;
      names.push_back(block.substr(quote, end - quote + 1));
      quote = end + 1;
    }
    std::sort(names.begin(), names.end());
    std::string list = "[";
    for (size_t i = 0; i < names.size(); ++i) {
      if (i > 0) list += ", ";
      list += names[i];
    }
    block.replace(open, close - open + 1, list + "]");
    break;
  }
  return block;
}

std::string_view keyword_of(std::string_view block) {
  size_t end = 0;
  while (end < block.size() && is_word_char(block[end])) ++end;
  return block.substr(0, end);
}

}  // namespace

std::string prisma_identifier(std::string_view database_name) {
  size_t start = 0;
  while (start < database_name.size() && !is_letter(database_name[start])) ++start;
  std::string out;
  for (char c : database_name.substr(start)) out += is_word_char(c) ? c : '_';
  return out;
}

std::string configuration_blocks(std::string_view existing_schema) {
  std::string out;
  top_level_blocks(existing_schema, [&](size_t start, size_t end) {
    std::string_view block = existing_schema.substr(start, end - start);
    const std::string_view keyword = keyword_of(block);
    if (keyword == "datasource") out.append(with_sorted_schemas(std::string(block))).append("\n\n");
    if (keyword == "generator") out.append(block).append("\n\n");
  });
  if (out.empty()) out = "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n";
  return out;
}

bool declares_models(std::string_view schema_text) {
  bool found = false;
  top_level_blocks(schema_text, [&](size_t start, size_t end) {
    const std::string_view keyword = keyword_of(schema_text.substr(start, end - start));
    found = found || keyword == "model" || keyword == "view" || keyword == "enum" || keyword == "type";
  });
  return found;
}

std::string to_prisma(const model::Schema& schema, std::string_view existing_schema, const std::string& default_schema,
                      bool layout) {
  std::string text = configuration_blocks(existing_schema);
  std::vector<const model::Table*> tables;
  for (const model::Table& table : schema.tables) tables.push_back(&table);
  // By schema, then name, as Prisma orders them ("" is the default schema).
  auto in_schema = [&](const std::string& name) -> const std::string& { return name.empty() ? default_schema : name; };
  std::sort(tables.begin(), tables.end(), [&](const model::Table* a, const model::Table* b) {
    return std::pair(in_schema(a->schema), a->name) < std::pair(in_schema(b->schema), b->name);
  });
  const Relations relations(tables, prisma_names(tables, default_schema));
  std::vector<const model::Enum*> enums;
  for (const model::Enum& e : schema.enums) enums.push_back(&e);
  const EnumNames enum_name_of = prisma_names(enums, default_schema);
  const Noted noted(schema);
  for (const model::Table* table : tables) {
    if (!relations.is_join_table(*table)) {
      text += ModelWriter(schema, relations, enum_name_of, *table, default_schema, noted).render() + "\n";
    }
  }
  std::sort(enums.begin(), enums.end(), [&](const model::Enum* a, const model::Enum* b) {
    return std::pair(in_schema(a->schema), a->name) < std::pair(in_schema(b->schema), b->name);
  });
  for (const model::Enum* e : enums) {
    text += enum_block(*e, enum_name_of.at(e), !schema.namespaces.empty(), default_schema, noted) + "\n";
  }
  return layout ? prisma::format_schema_text(text) : text;
}

std::vector<std::string> left_out(const model::Schema& schema) {
  std::vector<std::string> out;
  for (const model::Table& table : schema.tables) {
    for (const model::CheckConstraint& check : table.checks) {
      out.push_back("check constraint " + string_literal(check.name) + " on " + string_literal(table.name));
    }
    for (const model::Index& index : table.indexes) {
      if (expressible(index)) continue;
      out.push_back("index " + string_literal(index.name) + " on " + string_literal(table.name) +
                    " (an expression, a predicate, INCLUDE or NULLS NOT DISTINCT)");
    }
  }
  for (const model::DatabaseObject& object : schema.objects) {
    out.push_back(std::string(model::kind_name(object.kind)) + " " + string_literal(object.name));
  }
  return out;
}

}  // namespace qdb::inspect
