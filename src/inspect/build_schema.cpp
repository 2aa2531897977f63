#include "inspect/build_schema.hpp"

#include <algorithm>

#include <cctype>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "inspect/sql_spelling.hpp"
#include "util/sql_quote.hpp"

namespace qdb::inspect {
namespace {

constexpr const char* kHistoryTable = "_prisma_migrations";

using TableKey = std::pair<std::string, std::string>;

// A sequence a default names: its schema when the server names one, and its name, unquoted.
struct SequenceName {
  std::optional<std::string> schema;
  std::string name;
};

// The sequence of a default that is nothing but `nextval('<sequence>'::regclass)`, as the server
// prints it (`nextval('"User_id_seq"'::regclass)`, `nextval('app.counter'::regclass)`: with its
// schema when that is not on the reading session's search path). Prisma reads every such default
// as autoincrement(), whether the column owns the sequence (SERIAL) or not (a child table's
// column inheriting its parent's SERIAL default, a sequence made on its own).
std::optional<SequenceName> nextval_sequence(std::string_view text) {
  constexpr std::string_view kPrefix = "nextval('", kSuffix = "'::regclass)";
  if (!text.starts_with(kPrefix) || !text.ends_with(kSuffix) || text.size() <= kPrefix.size() + kSuffix.size()) {
    return std::nullopt;
  }
  const std::string_view literal = text.substr(kPrefix.size(), text.size() - kPrefix.size() - kSuffix.size());
  std::string name;  // the literal's text ('' is one quote), then its last dotted part
  for (size_t i = 0; i < literal.size(); ++i) {
    if (literal[i] == '\'') {
      if (i + 1 >= literal.size() || literal[i + 1] != '\'') return std::nullopt;  // not one literal
      ++i;
    }
    name += literal[i];
  }
  std::vector<std::string> parts(1);
  bool quoted = false;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '"') {
      if (quoted && i + 1 < name.size() && name[i + 1] == '"') {
        parts.back() += '"';
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (c == '.' && !quoted) {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  if (quoted || parts.size() > 2 || parts.back().empty()) return std::nullopt;
  if (parts.size() == 1) return SequenceName{std::nullopt, parts[0]};
  return SequenceName{parts[0], parts[1]};
}

class Builder {
 public:
  explicit Builder(const BuildOptions& options) : options_(options) {}

  model::Schema build(const db::CatalogRows& rows) {
    // Listed in the datasource's order; one that does not exist in the database is not there.
    for (const std::string& name : options_.namespaces) {
      if (!rows.namespaces || std::find(rows.namespaces->begin(), rows.namespaces->end(), name) != rows.namespaces->end()) {
        schema_.namespaces.push_back(name);
      }
    }
    add_enums(rows.enum_values);
    for (const db::TableRow& row : rows.tables) {
      if (row.name == kHistoryTable) continue;
      tables_[{row.schema, row.name}] = schema_.tables.size();
      schema_.tables.push_back(model::Table{schema_name(row.schema), row.name, {}, {}, {}, {}, {}});
    }
    for (const db::ColumnRow& row : rows.columns) {
      if (model::Table* table = find(row.schema, row.table)) table->columns.push_back(column(row));
    }
    add_indexes(rows.index_columns);
    add_foreign_keys(rows.foreign_key_columns);
    for (const db::CheckRow& row : rows.checks) {
      if (model::Table* table = find(row.schema, row.table)) table->checks.push_back({row.name, row.definition});
    }
    for (const db::ObjectRow& row : rows.objects) {
      schema_.objects.push_back({object_kind(row.kind), schema_name(row.schema), row.name, row.table, row.definition});
    }
    return std::move(schema_);
  }

 private:
  std::string schema_name(const std::string& schema) const {
    return schema == options_.default_schema ? std::string() : schema;
  }

  model::Table* find(const std::string& schema, const std::string& table) {
    auto found = tables_.find({schema, table});
    return found == tables_.end() ? nullptr : &schema_.tables[found->second];
  }

  void add_enums(const std::vector<db::EnumValueRow>& rows) {
    for (const db::EnumValueRow& row : rows) {
      std::string schema = schema_name(row.schema);
      if (schema_.enums.empty() || schema_.enums.back().schema != schema || schema_.enums.back().name != row.name) {
        schema_.enums.push_back({schema, row.name, {}});
      }
      schema_.enums.back().values.push_back(row.value);
    }
  }

  model::Column column(const db::ColumnRow& row) const {
    model::Column column;
    column.name = row.name;
    if (row.element_is_enum) {
      std::string schema = schema_name(row.element_schema);
      column.type = schema.empty() ? util::quote_identifier(row.element_name)
                                   : util::quote_identifier(schema) + "." + util::quote_identifier(row.element_name);
      if (row.array_dimensions > 0) column.type += "[]";
      column.enum_name = row.element_name;
    } else {
      column.type = type_spelling(row.formatted_type);
    }
    // Prisma writes list columns without NOT NULL and reads every array column back as a list,
    // which the schema language has only as required (`String[]`; optional lists do not exist):
    // an array column is therefore not nullable in the model, whatever the catalog says.
    column.nullable = !row.not_null && !column.type.ends_with("[]");
    if (row.identity == 'a') column.identity = "ALWAYS";
    if (row.identity == 'd') column.identity = "BY DEFAULT";
    if (!row.default_sql) return column;
    if (row.generated == 's') {
      column.generated_sql = *row.default_sql;
    } else if (std::optional<SequenceName> sequence = nextval_sequence(*row.default_sql);
               sequence && (column.type == "INTEGER" || column.type == "BIGINT" || column.type == "SMALLINT")) {
      // SERIAL is a default of nextval() on a sequence the column owns: Prisma's autoincrement(),
      // as is any other nextval() default of an integer column (nextval_sequence).
      column.autoincrement = true;
      column.sequence = row.owned_sequence ? *row.owned_sequence : sequence->name;
      if (sequence->schema && *sequence->schema != row.schema) column.sequence_schema = sequence->schema;
    } else {
      column.default_sql = default_spelling(*row.default_sql, column.type);
      column.server_default = *row.default_sql;
    }
    return column;
  }

  static model::IndexColumn index_column(const db::IndexColumnRow& row) {
    model::IndexColumn column;
    column.name = row.column;
    column.expression = row.expression;
    column.ops = row.opclass;
    if (row.descending) {
      column.sort = "DESC";
      if (!row.nulls_first) column.nulls = "LAST";  // DESC puts NULLs first unless told otherwise
    } else if (row.nulls_first) {
      column.nulls = "FIRST";
    }
    return column;
  }

  void add_indexes(const std::vector<db::IndexColumnRow>& rows) {
    for (size_t i = 0; i < rows.size();) {
      const db::IndexColumnRow& first = rows[i];
      size_t end = i;
      while (end < rows.size() && rows[end].schema == first.schema && rows[end].table == first.table &&
             rows[end].index == first.index) {
        ++end;
      }
      model::Table* table = find(first.schema, first.table);
      // An exclusion constraint is an object of its own (the objects query, pg/catalog_sql.hpp):
      // its index is not an index.
      if (table != nullptr && first.constraint_type != 'x') add_index(*table, rows, i, end);
      i = end;
    }
  }

  static void add_index(model::Table& table, const std::vector<db::IndexColumnRow>& rows, size_t begin, size_t end) {
    const db::IndexColumnRow& first = rows[begin];
    if (first.primary) {
      model::PrimaryKey key{first.index, {}};
      for (size_t i = begin; i < end; ++i) key.columns.push_back(rows[i].column);
      table.primary_key = std::move(key);
      return;
    }
    model::Index index;
    index.name = first.index;
    index.unique = first.unique;
    if (first.method != "btree") {
      for (char c : first.method) index.method += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    index.constraint = first.constraint_type == 'u';
    index.predicate = first.predicate;
    index.nulls_not_distinct = first.nulls_not_distinct;
    for (size_t i = begin; i < end; ++i) {
      if (rows[i].included) index.include.push_back(rows[i].column);
      else index.columns.push_back(index_column(rows[i]));
    }
    table.indexes.push_back(std::move(index));
  }

  static model::Action action(char code) {
    switch (code) {
      case 'c': return model::Action::kCascade;
      case 'r': return model::Action::kRestrict;
      case 'n': return model::Action::kSetNull;
      case 'd': return model::Action::kSetDefault;
      default: return model::Action::kNoAction;
    }
  }

  void add_foreign_keys(const std::vector<db::ForeignKeyColumnRow>& rows) {
    model::ForeignKey* current = nullptr;
    const db::ForeignKeyColumnRow* previous = nullptr;
    for (const db::ForeignKeyColumnRow& row : rows) {
      model::Table* table = find(row.schema, row.table);
      if (table == nullptr) continue;
      bool same = previous && previous->schema == row.schema && previous->table == row.table && previous->name == row.name;
      if (!same) {
        model::ForeignKey key;
        key.name = row.name;
        key.referenced_schema = schema_name(row.referenced_schema);
        key.referenced_table = row.referenced_table;
        key.on_delete = action(row.on_delete);
        key.on_update = action(row.on_update);
        key.deferrable = row.deferrable;
        key.initially_deferred = row.initially_deferred;
        table->foreign_keys.push_back(std::move(key));
        current = &table->foreign_keys.back();
      }
      current->columns.push_back(row.column);
      current->referenced_columns.push_back(row.referenced_column);
      previous = &row;
    }
  }

  static model::DatabaseObject::Kind object_kind(const std::string& kind) {
    using Kind = model::DatabaseObject::Kind;
    static const std::map<std::string, Kind> kKinds = {
        {"view", Kind::kView},         {"materialized view", Kind::kMaterializedView},
        {"function", Kind::kFunction}, {"procedure", Kind::kProcedure},
        {"trigger", Kind::kTrigger},   {"extension", Kind::kExtension},
        {"sequence", Kind::kSequence}, {"domain", Kind::kDomain},
        {"type", Kind::kType},         {"exclusion constraint", Kind::kExclusionConstraint},
        {"partition key", Kind::kPartitionKey}, {"partition", Kind::kPartition},
        {"comment", Kind::kComment},   {"collation", Kind::kCollation},
        {"column collation", Kind::kColumnCollation},
        {"row level security", Kind::kRowLevelSecurity},
        {"table inheritance", Kind::kTableInheritance},
        {"deferrable constraint", Kind::kDeferrableConstraint},
    };
    auto found = kKinds.find(kind);
    return found == kKinds.end() ? Kind::kType : found->second;
  }

  const BuildOptions& options_;
  model::Schema schema_;
  std::map<TableKey, size_t> tables_;
};

}  // namespace

model::Schema build_schema(const db::CatalogRows& rows, const BuildOptions& options) {
  return Builder(options).build(rows);
}

}  // namespace qdb::inspect
