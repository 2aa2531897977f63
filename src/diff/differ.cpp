#include "diff/differ.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diff/defaults_match.hpp"
#include "model/operator_class.hpp"
#include "util/sql_quote.hpp"

namespace qdb::diff {
namespace {

const model::Schema kEmpty;

const model::Schema& schema_of(const Side& side) { return side.schema ? *side.schema : kEmpty; }

// Tables and enums are found by "schema\0name"; a diff of thousands of tables stays linear.
std::string key(const std::string& schema, const std::string& name) { return schema + '\0' + name; }

template <typename Item>
std::unordered_map<std::string, int> index_by_name(const std::vector<Item>& items) {
  std::unordered_map<std::string, int> map;
  map.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) map.emplace(key(items[i].schema, items[i].name), static_cast<int>(i));
  return map;
}

int find_column(const model::Table& table, const std::string& name) {
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

enum class Arity { kRequired, kNullable, kList };

Arity arity(const model::Column& column) {
  if (column.type.size() > 2 && column.type.ends_with("[]")) return Arity::kList;
  return column.nullable ? Arity::kNullable : Arity::kRequired;
}

ColumnChanges column_changes(const model::Column& from, const model::Column& to) {
  ColumnChanges changes;
  changes.arity = arity(from) != arity(to);
  // The same type text (and both enums or neither) is the same type; most pairs are that.
  const bool same_type = from.type == to.type && from.enum_name.empty() == to.enum_name.empty();
  changes.type_change = same_type ? TypeChange::kNone
                                  : classify_type_change(parse_column_type(from), parse_column_type(to));
  changes.type = changes.type_change != TypeChange::kNone;
  changes.default_value = !defaults_match(from, to);
  changes.autoincrement = from.autoincrementing() != to.autoincrementing();
  return changes;
}

std::string_view sort_of(const model::IndexColumn& column) {
  return column.sort == "DESC" ? std::string_view("DESC") : std::string_view("ASC");
}

std::string_view method_of(const model::Index& index) {
  return index.method.empty() ? std::string_view("BTREE") : std::string_view(index.method);
}

// Two indexes that differ at most in name: Prisma renames instead of dropping and creating. An
// operator class that is the default for the column's type is the same as none: the catalog
// cannot tell them apart.
bool indexes_match(const model::Table& ta, const model::Index& a, const model::Table& tb, const model::Index& b) {
  if (a.columns.size() != b.columns.size() || a.unique != b.unique || method_of(a) != method_of(b)) return false;
  if (a.predicate != b.predicate || a.include != b.include || a.nulls_not_distinct != b.nulls_not_distinct) {
    return false;
  }
  for (size_t i = 0; i < a.columns.size(); ++i) {
    const model::IndexColumn& x = a.columns[i];
    const model::IndexColumn& y = b.columns[i];
    if (x.name != y.name || x.length != y.length || sort_of(x) != sort_of(y) ||
        model::effective_operator_class(ta, a, x) != model::effective_operator_class(tb, b, y) ||
        x.expression != y.expression || x.nulls != y.nulls) {
      return false;
    }
  }
  return true;
}

// A partial index or one on an expression, which only a database has (the schema language
// cannot say either). Prisma's differ does not see them, so a schema without them asks for no
// change: an index a user wrote by hand in a migration is never dropped by the next one, and
// none is made for a database target either.
bool invisible(const model::Index& index) {
  return index.predicate.has_value() ||
         std::any_of(index.columns.begin(), index.columns.end(),
                     [](const model::IndexColumn& column) { return !column.expression.empty(); });
}

/// A pair of tables with the same name on both sides.
class TablePair {
 public:
  TablePair(const model::Table& from, const model::Table& to, int from_index, int to_index)
      : from_(from), to_(to), from_index_(from_index), to_index_(to_index) {
    for (size_t i = 0; i < from.columns.size(); ++i) {
      const int j = find_column(to, from.columns[i].name);
      if (j >= 0) columns_.push_back({static_cast<int>(i), j, column_changes(from.columns[i], to.columns[j])});
    }
  }

  struct ColumnPair {
    int from;
    int to;
    ColumnChanges changes;
  };

  const std::vector<ColumnPair>& column_pairs() const { return columns_; }

  const ColumnPair* pair_for_from(const std::string& name) const {
    for (const ColumnPair& pair : columns_) {
      if (from_.columns[pair.from].name == name) return &pair;
    }
    return nullptr;
  }

  bool foreign_keys_match(const model::ForeignKey& a, const model::ForeignKey& b) const {
    if (a.referenced_table != b.referenced_table || a.referenced_schema != b.referenced_schema) return false;
    if (a.columns.size() != b.columns.size() || a.referenced_columns != b.referenced_columns) return false;
    if (a.on_delete != b.on_delete || a.on_update != b.on_update) return false;
    for (size_t i = 0; i < a.columns.size(); ++i) {
      if (a.columns[i] != b.columns[i]) return false;
      const ColumnPair* pair = pair_for_from(a.columns[i]);
      if (!pair || pair->changes.type) return false;
      const Arity before = arity(from_.columns[pair->from]);
      const Arity after = arity(to_.columns[pair->to]);
      if (before != after && !(before == Arity::kRequired && after == Arity::kNullable)) return false;
    }
    return true;
  }

  void push_steps(std::vector<Change>& out) const;

 private:
  void push_foreign_key_steps(std::vector<Change>& out) const;
  void push_index_steps(std::vector<Change>& out) const;
  void push_alter_table(std::vector<Change>& out) const;
  bool primary_key_changed() const;

  const model::Table& from_;
  const model::Table& to_;
  int from_index_;
  int to_index_;
  std::vector<ColumnPair> columns_;
};

bool is_implicit_many_to_many(const model::Table& table) {
  return table.columns.size() == 2 && find_column(table, "A") >= 0 && find_column(table, "B") >= 0;
}

void TablePair::push_foreign_key_steps(std::vector<Change>& out) const {
  const auto& before = from_.foreign_keys;
  const auto& after = to_.foreign_keys;
  for (size_t j = 0; j < after.size(); ++j) {
    bool kept = std::any_of(before.begin(), before.end(), [&](const auto& fk) { return foreign_keys_match(fk, after[j]); });
    if (!kept) out.push_back({.kind = Change::Kind::kAddForeignKey, .to_table = to_index_, .to_item = static_cast<int>(j)});
  }
  for (size_t i = 0; i < before.size(); ++i) {
    bool kept = std::any_of(after.begin(), after.end(), [&](const auto& fk) { return foreign_keys_match(before[i], fk); });
    if (!kept) {
      out.push_back({.kind = Change::Kind::kDropForeignKey, .from_table = from_index_, .from_item = static_cast<int>(i)});
    }
  }
  // Pairs keep a name change as a rename, except the join tables' keys, whose names Prisma
  // once left to the server and does not chase.
  std::vector<bool> taken(after.size(), false);
  for (size_t i = 0; i < before.size(); ++i) {
    for (size_t j = 0; j < after.size(); ++j) {
      if (taken[j] || !foreign_keys_match(before[i], after[j])) continue;
      taken[j] = true;
      if (before[i].name != after[j].name && !(is_implicit_many_to_many(from_) && is_implicit_many_to_many(to_))) {
        out.push_back({.kind = Change::Kind::kRenameForeignKey, .from_table = from_index_, .to_table = to_index_,
                       .from_item = static_cast<int>(i), .to_item = static_cast<int>(j)});
      }
      break;
    }
  }
}

void TablePair::push_index_steps(std::vector<Change>& out) const {
  const auto& before = from_.indexes;
  const auto& after = to_.indexes;
  // Which indexes match, compared once: matches[i * after.size() + j].
  std::vector<char> matches(before.size() * after.size());
  // The invisible indexes take no part: kept as they are, matched with nothing.
  std::vector<char> before_hidden(before.size()), after_hidden(after.size());
  for (size_t i = 0; i < before.size(); ++i) before_hidden[i] = invisible(before[i]);
  for (size_t j = 0; j < after.size(); ++j) after_hidden[j] = invisible(after[j]);
  std::vector<char> before_kept = before_hidden, after_kept = after_hidden;
  for (size_t i = 0; i < before.size(); ++i) {
    if (before_hidden[i]) continue;
    for (size_t j = 0; j < after.size(); ++j) {
      if (after_hidden[j] || !indexes_match(from_, before[i], to_, after[j])) continue;
      matches[i * after.size() + j] = 1;
      before_kept[i] = after_kept[j] = 1;
    }
  }
  for (size_t i = 0; i < before.size(); ++i) {
    if (!before_kept[i]) {
      out.push_back({.kind = Change::Kind::kDropIndex, .from_table = from_index_, .from_item = static_cast<int>(i)});
    }
  }
  for (size_t j = 0; j < after.size(); ++j) {
    if (!after_kept[j]) {
      out.push_back({.kind = Change::Kind::kCreateIndex, .from_table = from_index_, .to_table = to_index_,
                     .to_item = static_cast<int>(j)});
    }
  }
  // An index on a column that is dropped and added again goes with it and is created again.
  for (size_t j = 0; j < after.size(); ++j) {
    if (!after_kept[j] || after_hidden[j]) continue;
    const bool recreated = std::any_of(after[j].columns.begin(), after[j].columns.end(), [&](const auto& column) {
      return std::any_of(columns_.begin(), columns_.end(), [&](const ColumnPair& pair) {
        return pair.changes.type_change == TypeChange::kNotCastable && to_.columns[pair.to].name == column.name;
      });
    });
    if (recreated) {
      out.push_back({.kind = Change::Kind::kCreateIndex, .from_table = from_index_, .to_table = to_index_,
                     .to_item = static_cast<int>(j), .recreated = true});
    }
  }
  // Renames: an index alone with its columns and kind on the old side, matched on the new side.
  const auto same_columns = [](const model::Index& a, const model::Index& b) {
    if (a.unique != b.unique || a.columns.size() != b.columns.size()) return false;
    for (size_t c = 0; c < a.columns.size(); ++c) {
      if (a.columns[c].name != b.columns[c].name) return false;
    }
    return true;
  };
  for (size_t i = 0; i < before.size(); ++i) {
    if (before_hidden[i]) continue;
    int identical = 0;
    for (size_t k = 0; k < before.size(); ++k) identical += !before_hidden[k] && same_columns(before[k], before[i]);
    if (identical != 1) continue;
    for (size_t j = 0; j < after.size(); ++j) {
      if (!matches[i * after.size() + j]) continue;
      if (before[i].name != after[j].name) {
        out.push_back({.kind = Change::Kind::kRenameIndex, .from_table = from_index_, .to_table = to_index_,
                       .from_item = static_cast<int>(i), .to_item = static_cast<int>(j)});
      }
      break;
    }
  }
}

bool TablePair::primary_key_changed() const {
  if (!from_.primary_key || !to_.primary_key) return false;
  if (from_.primary_key->columns != to_.primary_key->columns) return true;
  for (const std::string& name : from_.primary_key->columns) {
    const ColumnPair* pair = pair_for_from(name);
    if (pair && pair->changes.type) return true;
  }
  return false;
}

void TablePair::push_alter_table(std::vector<Change>& out) const {
  using K = TableChange::Kind;
  std::vector<TableChange> changes;
  const bool pk_changed = primary_key_changed();
  if ((from_.primary_key && !to_.primary_key) || pk_changed) changes.push_back({.kind = K::kDropPrimaryKey});
  if (from_.primary_key && to_.primary_key && from_.primary_key->name != to_.primary_key->name) {
    changes.push_back({.kind = K::kRenamePrimaryKey});
  }
  // Prisma drops and adds a table's columns in the byte order of their names (it pairs columns
  // by name in a sorted map); the columns kept are altered in the old table's order (below).
  // The columns of `table` that `other` lacks, by name.
  const auto missing_in = [](const model::Table& table, const model::Table& other) {
    std::vector<int> columns;
    for (size_t i = 0; i < table.columns.size(); ++i) {
      if (find_column(other, table.columns[i].name) < 0) columns.push_back(static_cast<int>(i));
    }
    std::sort(columns.begin(), columns.end(),
              [&table](int a, int b) { return table.columns[a].name < table.columns[b].name; });
    return columns;
  };
  for (int i : missing_in(from_, to_)) changes.push_back({.kind = K::kDropColumn, .from_column = i});
  for (int j : missing_in(to_, from_)) changes.push_back({.kind = K::kAddColumn, .to_column = j});
  for (const ColumnPair& pair : columns_) {
    if (!pair.changes.any()) continue;
    const K kind = pair.changes.type_change == TypeChange::kNotCastable ? K::kDropAndRecreateColumn : K::kAlterColumn;
    changes.push_back({.kind = kind, .from_column = pair.from, .to_column = pair.to, .changes = pair.changes});
  }
  if ((!from_.primary_key && to_.primary_key) || pk_changed) changes.push_back({.kind = K::kAddPrimaryKey});
  if (changes.empty()) return;
  out.push_back({.kind = Change::Kind::kAlterTable, .from_table = from_index_, .to_table = to_index_,
                 .table_changes = std::move(changes)});
}

// A table the same on both sides has no steps, provided its foreign keys' columns are its own
// (a key on a missing column matches nothing and is dropped and added again). Most tables of a
// large diff are such; comparing them whole is cheaper than pairing their parts.
bool unchanged(const model::Table& from, const model::Table& to) {
  if (!(from == to)) return false;
  return std::all_of(to.foreign_keys.begin(), to.foreign_keys.end(), [&](const model::ForeignKey& key) {
    return std::all_of(key.columns.begin(), key.columns.end(),
                       [&](const std::string& name) { return find_column(to, name) >= 0; });
  });
}

void TablePair::push_steps(std::vector<Change>& out) const {
  push_index_steps(out);
  push_foreign_key_steps(out);
  push_alter_table(out);
}

bool column_uses_enum(const model::Column& column, const model::Enum& item) {
  return column.enum_name == item.name && column.default_sql.has_value();
}

// The columns of `before` (an enum losing values) that have a default: their defaults are
// dropped while the type is rebuilt, and put back where the target keeps one.
void collect_enum_defaults(Change& change, const model::Schema& from, const model::Schema& to,
                           const std::unordered_map<std::string, int>& to_tables) {
  const model::Enum& before = from.enums[change.from_item];
  const model::Enum& after = to.enums[change.to_item];
  for (size_t t = 0; t < from.tables.size(); ++t) {
    const model::Table& table = from.tables[t];
    auto found = to_tables.find(key(table.schema, table.name));
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (!column_uses_enum(table.columns[c], before)) continue;
      std::optional<ColumnRef> kept;
      if (found != to_tables.end()) {
        const int j = find_column(to.tables[found->second], table.columns[c].name);
        if (j >= 0 && column_uses_enum(to.tables[found->second].columns[j], after)) kept = ColumnRef{found->second, j};
      }
      change.enum_defaults.push_back({ColumnRef{static_cast<int>(t), static_cast<int>(c)}, kept});
    }
  }
}

// Whether a default of a column of `item` in `schema` names one of `values` ('GUEST', or in an
// array, ARRAY['GUEST']::"Role"[]).
bool default_uses_value(const model::Schema& schema, const model::Enum& item, const std::vector<std::string>& values) {
  for (const model::Table& table : schema.tables) {
    for (const model::Column& column : table.columns) {
      if (column.enum_name != item.name || !column.default_sql) continue;
      for (const std::string& value : values) {
        if (column.default_sql->find(util::quote_literal(value)) != std::string::npos) return true;
      }
    }
  }
  return false;
}

void push_enum_steps(const model::Schema& from, const model::Schema& to,
                     const std::unordered_map<std::string, int>& to_tables, std::vector<Change>& out) {
  const auto from_enums = index_by_name(from.enums);
  const auto to_enums = index_by_name(to.enums);
  for (size_t j = 0; j < to.enums.size(); ++j) {
    auto found = from_enums.find(key(to.enums[j].schema, to.enums[j].name));
    if (found == from_enums.end()) {
      out.push_back({.kind = Change::Kind::kCreateEnum, .to_item = static_cast<int>(j)});
      continue;
    }
    const auto& before = from.enums[found->second].values;
    const auto& after = to.enums[j].values;
    Change change{.kind = Change::Kind::kAlterEnum, .from_item = found->second, .to_item = static_cast<int>(j)};
    for (const std::string& value : after) {
      if (std::find(before.begin(), before.end(), value) == before.end()) change.added_values.push_back(value);
    }
    for (const std::string& value : before) {
      if (std::find(after.begin(), after.end(), value) == after.end()) change.removed_values.push_back(value);
    }
    if (change.added_values.empty() && change.removed_values.empty()) continue;
    if (!change.removed_values.empty()) collect_enum_defaults(change, from, to, to_tables);
    // A rebuilt type has every value when it is created; only ADD VALUE needs its commit.
    change.commit_added_values =
        change.removed_values.empty() && default_uses_value(to, to.enums[j], change.added_values);
    out.push_back(std::move(change));
  }
  for (size_t i = 0; i < from.enums.size(); ++i) {
    if (!to_enums.contains(key(from.enums[i].schema, from.enums[i].name))) {
      out.push_back({.kind = Change::Kind::kDropEnum, .from_item = static_cast<int>(i)});
    }
  }
}

}  // namespace

std::vector<std::string> namespaces_of(const Side& side) {
  if (!side.schema) return {};
  if (side.schema->namespaces.empty()) return {side.default_schema};
  // Prisma knows a schema of the datasource's list only once a table or an enum lives in it.
  // An empty schema name is the default schema (lowering leaves it out, as Prisma's SQL does).
  std::vector<std::string> used;
  for (const std::string& name : side.schema->namespaces) {
    auto lives_here = [&](const std::string& schema) {
      return schema == name || (schema.empty() && name == side.default_schema);
    };
    const bool has_table = std::any_of(side.schema->tables.begin(), side.schema->tables.end(),
                                       [&](const model::Table& table) { return lives_here(table.schema); });
    const bool has_enum = std::any_of(side.schema->enums.begin(), side.schema->enums.end(),
                                      [&](const model::Enum& item) { return lives_here(item.schema); });
    if (has_table || has_enum) used.push_back(name);
  }
  // Prisma creates them in name order, whatever the order of the datasource's list.
  std::sort(used.begin(), used.end());
  return used;
}

// The extensions the target's datasource lists (only a schema has such a list). One the source
// lacks is created; between two schemas, one whose version changed (both sides naming one) is
// dropped and created again, as Prisma does; one no longer listed stays, as in Prisma. A database
// as the source has an extension when it is one of its objects (Prisma, its source read from a
// database, writes CREATE EXTENSION IF NOT EXISTS for every listed one, in every migration).
void push_extension_steps(const Side& from_side, const model::Schema& from, const model::Schema& to,
                          std::vector<Change>& out) {
  for (size_t j = 0; j < to.extensions.size(); ++j) {
    const model::Extension& wanted = to.extensions[j];
    const int t = static_cast<int>(j);
    if (from_side.inspected) {
      const bool present = std::any_of(from.objects.begin(), from.objects.end(), [&](const model::DatabaseObject& o) {
        return o.kind == model::DatabaseObject::Kind::kExtension && o.name == wanted.name;
      });
      if (!present) out.push_back({.kind = Change::Kind::kCreateExtension, .to_item = t});
      continue;
    }
    auto found = std::find_if(from.extensions.begin(), from.extensions.end(),
                              [&](const model::Extension& e) { return e.name == wanted.name; });
    if (found == from.extensions.end()) {
      out.push_back({.kind = Change::Kind::kCreateExtension, .to_item = t});
    } else if (!found->version.empty() && !wanted.version.empty() && found->version != wanted.version) {
      out.push_back({.kind = Change::Kind::kDropExtension,
                     .from_item = static_cast<int>(found - from.extensions.begin())});
      out.push_back({.kind = Change::Kind::kCreateExtension, .to_item = t});
    }
  }
}

std::vector<Change> diff_schemas(const Side& from_side, const Side& to_side) {
  const model::Schema& from = schema_of(from_side);
  const model::Schema& to = schema_of(to_side);
  std::vector<Change> out;

  // A schema the source's datasource lists counts as existing even when nothing lives in it.
  std::vector<std::string> from_namespaces;
  if (from_side.schema) from_namespaces = from.namespaces.empty() ? std::vector{from_side.default_schema} : from.namespaces;
  const std::vector<std::string> to_namespaces = namespaces_of(to_side);
  for (size_t j = 0; j < to_namespaces.size(); ++j) {
    if (std::find(from_namespaces.begin(), from_namespaces.end(), to_namespaces[j]) == from_namespaces.end()) {
      out.push_back({.kind = Change::Kind::kCreateSchema, .to_item = static_cast<int>(j)});
    }
  }

  push_extension_steps(from_side, from, to, out);

  const auto from_tables = index_by_name(from.tables);
  const auto to_tables = index_by_name(to.tables);
  for (size_t j = 0; j < to.tables.size(); ++j) {
    const model::Table& table = to.tables[j];
    auto found = from_tables.find(key(table.schema, table.name));
    if (found != from_tables.end()) {
      if (!unchanged(from.tables[found->second], table)) {
        TablePair(from.tables[found->second], table, found->second, static_cast<int>(j)).push_steps(out);
      }
      continue;
    }
    const int t = static_cast<int>(j);
    out.push_back({.kind = Change::Kind::kCreateTable, .to_table = t});
    for (size_t i = 0; i < table.indexes.size(); ++i) {
      if (invisible(table.indexes[i])) continue;
      out.push_back({.kind = Change::Kind::kCreateIndex, .to_table = t, .to_item = static_cast<int>(i)});
    }
    for (size_t i = 0; i < table.foreign_keys.size(); ++i) {
      out.push_back({.kind = Change::Kind::kAddForeignKey, .to_table = t, .to_item = static_cast<int>(i)});
    }
  }
  for (size_t i = 0; i < from.tables.size(); ++i) {
    const model::Table& table = from.tables[i];
    if (to_tables.contains(key(table.schema, table.name))) continue;
    const int t = static_cast<int>(i);
    out.push_back({.kind = Change::Kind::kDropTable, .from_table = t});
    // Foreign keys of a dropped table go first, so tables can then be dropped in any order.
    for (size_t k = 0; k < table.foreign_keys.size(); ++k) {
      out.push_back({.kind = Change::Kind::kDropForeignKey, .from_table = t, .from_item = static_cast<int>(k)});
    }
  }
  push_enum_steps(from, to, to_tables, out);
  return out;
}

}  // namespace qdb::diff
