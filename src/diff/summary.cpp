#include "diff/summary.hpp"

#include <algorithm>
#include <tuple>

namespace qdb::diff {
namespace {

// Prisma's section kinds, in the order its summary lists them.
enum class Section {
  kRemovedExtension, kAddedExtension, kAddedSchema, kAddedEnum, kAddedTable, kRemovedEnum, kRemovedTable,
  kChangedEnum, kChangedTable
};

struct Item {
  Section section;
  // The enum or table a "Changed the ..." section is about; "" for lists; an extension, since
  // Prisma lists each extension under a heading of its own.
  std::string name;
  size_t step;
  auto operator<=>(const Item&) const = default;
};

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out.append(i ? ", " : "").append(names[i]);
  return out;
}

std::vector<std::string> column_names(const model::Index& index) {
  std::vector<std::string> names;
  for (const model::IndexColumn& column : index.columns) names.push_back(column.name);
  return names;
}

Item item_of(const Plan& plan, const Change& change, size_t step) {
  using K = Change::Kind;
  switch (change.kind) {
    case K::kCreateSchema: return {Section::kAddedSchema, "", step};
    case K::kDropExtension: return {Section::kRemovedExtension, plan.from->extensions[change.from_item].name, step};
    case K::kCreateExtension: return {Section::kAddedExtension, plan.to->extensions[change.to_item].name, step};
    case K::kCreateEnum: return {Section::kAddedEnum, "", step};
    case K::kCreateTable: return {Section::kAddedTable, "", step};
    case K::kDropEnum: return {Section::kRemovedEnum, "", step};
    case K::kDropTable: return {Section::kRemovedTable, "", step};
    case K::kAlterEnum: return {Section::kChangedEnum, plan.from->enums[change.from_item].name, step};
    case K::kDropForeignKey:
    case K::kDropIndex:
    case K::kAlterTable:
    case K::kRenameIndex: return {Section::kChangedTable, plan.from->tables[change.from_table].name, step};
    default: return {Section::kChangedTable, plan.to->tables[change.to_table].name, step};
  }
}

std::string header(const Item& item) {
  switch (item.section) {
    case Section::kRemovedExtension: return "\n[-] Removed extensions\n";
    case Section::kAddedExtension: return "\n[+] Added extensions\n";
    case Section::kAddedSchema: return "\n[+] Added Schemas\n";
    case Section::kAddedEnum: return "\n[+] Added enums\n";
    case Section::kAddedTable: return "\n[+] Added tables\n";
    case Section::kRemovedEnum: return "\n[-] Removed enums\n";
    case Section::kRemovedTable: return "\n[-] Removed tables\n";
    case Section::kChangedEnum: return "\n[*] Changed the `" + item.name + "` enum\n";
    case Section::kChangedTable: return "\n[*] Changed the `" + item.name + "` table\n";
  }
  return "";
}

const char* arity_name(const model::Column& column) {
  if (column.type.ends_with("[]")) return "List";
  return column.nullable ? "Nullable" : "Required";
}

// One constant as Rust's debug format prints Prisma's value of it (`Int(1)`, `String("x")`, ...).
std::string value_debug(const model::Column& column, const std::string& type, const std::string& sql) {
  if (sql == "true" || sql == "false") return "Boolean(" + sql + ")";
  if (sql.size() >= 2 && sql.front() == '\'' && sql.back() == '\'') {
    const std::string text = sql.substr(1, sql.size() - 2);
    if (!column.enum_name.empty()) return "Enum(\"" + text + "\")";
    if (type.starts_with("JSON")) return "Json(\"" + text + "\")";
    return "String(\"" + text + "\")";
  }
  const bool integer = !sql.empty() && sql.find_first_not_of("-0123456789") == std::string::npos;
  if (integer) return (type.starts_with("BIGINT") ? "BigInt(" : "Int(") + sql + ")";
  return "";
}

// Prisma prints the default's internal value with Rust's debug format; this is its shape for
// the defaults a schema can have (an expression it does not know is DbGenerated).
std::string default_debug(const model::Table& table, const model::Column& column) {
  if (column.autoincrementing()) return "Some(Sequence(\"" + table.name + "_" + column.name + "_seq\"))";
  if (!column.default_sql) return "None";
  const std::string& sql = *column.default_sql;
  if (sql == "CURRENT_TIMESTAMP") return "Some(Now)";
  if (sql.starts_with("ARRAY[") && sql.find("]::") != std::string::npos) {
    // ARRAY[a, b]::TYPE[]: each element as a value of the element type.
    const std::string inner = sql.substr(6, sql.find("]::") - 6);
    std::string items;
    for (size_t start = 0; start < inner.size();) {
      const size_t comma = inner.find(", ", start);
      const std::string element = inner.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      items += (items.empty() ? "" : ", ") + value_debug(column, column.type, element);
      if (comma == std::string::npos) break;
      start = comma + 2;
    }
    return "Some(Value(List([" + items + "])))";
  }
  const std::string value = value_debug(column, column.type, sql);
  if (!value.empty()) return "Some(Value(" + value + "))";
  return "Some(DbGenerated(Some(\"" + sql + "\")))";
}

std::string column_changes(const Plan& plan, const Change& change, const TableChange& item) {
  const model::Table& old_table = plan.from->tables[change.from_table];
  const model::Table& new_table = plan.to->tables[change.to_table];
  const model::Column& before = old_table.columns[item.from_column];
  const model::Column& after = new_table.columns[item.to_column];
  std::vector<std::string> parts;
  if (item.changes.arity) parts.push_back(std::string("changed from ") + arity_name(before) + " to " + arity_name(after));
  if (item.changes.default_value) {
    parts.push_back("default changed from `" + default_debug(old_table, before) + "` to `" +
                    default_debug(new_table, after) + "`");
  }
  if (item.changes.type) parts.push_back("type changed");
  if (item.changes.autoincrement) {
    parts.push_back(before.autoincrementing() ? "column is no longer autoincrementing" : "column became autoincrementing");
  }
  // Built with append: GCC 12 warns falsely about `"(" + std::string` here (-Wrestrict).
  std::string out = "(";
  return out.append(join(parts)).append(")");
}

void table_changes(const Plan& plan, const Change& change, std::string& out) {
  using K = TableChange::Kind;
  const model::Table& before = plan.from->tables[change.from_table];
  const model::Table& after = plan.to->tables[change.to_table];
  for (const TableChange& item : change.table_changes) {
    switch (item.kind) {
      case K::kAddColumn: out += "  [+] Added column `" + after.columns[item.to_column].name + "`\n"; break;
      case K::kDropColumn: out += "  [-] Removed column `" + before.columns[item.from_column].name + "`\n"; break;
      case K::kAlterColumn:
        out += "  [*] Altered column `" + after.columns[item.to_column].name + "` " +
               column_changes(plan, change, item) + "\n";
        break;
      case K::kDropAndRecreateColumn:
        out += "  [*] Column `" + after.columns[item.to_column].name + "` would be dropped and recreated " +
               column_changes(plan, change, item) + "\n";
        break;
      case K::kDropPrimaryKey:
        out += "  [-] Dropped the primary key on columns (" + join(before.primary_key->columns) + ")\n";
        break;
      case K::kRenamePrimaryKey:
        out += "  [*] Renamed the primary key on columns (" + join(before.primary_key->columns) + ")\n";
        break;
      case K::kAddPrimaryKey:
        // Prisma 6.19 closes this line twice.
        out += "  [+] Added primary key on columns (" + join(after.primary_key->columns) + ")\n)\n";
        break;
    }
  }
}

void item_lines(const Plan& plan, const Change& change, std::string& out) {
  using K = Change::Kind;
  const model::Schema& from = *plan.from;
  const model::Schema& to = *plan.to;
  switch (change.kind) {
    case K::kCreateEnum: out += "  - " + to.enums[change.to_item].name + "\n"; break;
    case K::kDropEnum: out += "  - " + from.enums[change.from_item].name + "\n"; break;
    case K::kCreateTable: out += "  - " + to.tables[change.to_table].name + "\n"; break;
    case K::kDropTable: out += "  - " + from.tables[change.from_table].name + "\n"; break;
    case K::kAlterEnum:
      for (const std::string& value : change.added_values) out += "  [+] Added variant `" + value + "`\n";
      for (const std::string& value : change.removed_values) out += "  [-] Removed variant `" + value + "`\n";
      break;
    case K::kDropForeignKey:
      out += "  [-] Removed foreign key on columns (" +
             join(from.tables[change.from_table].foreign_keys[change.from_item].columns) + ")\n";
      break;
    case K::kDropIndex: {
      const model::Index& index = from.tables[change.from_table].indexes[change.from_item];
      out += std::string("  [-] Removed ") + (index.unique ? "unique " : "") + "index on columns (" +
             join(column_names(index)) + ")\n";
      break;
    }
    case K::kCreateIndex: {
      const model::Index& index = to.tables[change.to_table].indexes[change.to_item];
      out += std::string("  [+] Added ") + (index.unique ? "unique " : "") + "index on columns (" +
             join(column_names(index)) + ")\n";
      break;
    }
    case K::kAddForeignKey:
      out += "  [+] Added foreign key on columns (" +
             join(to.tables[change.to_table].foreign_keys[change.to_item].columns) + ")\n";
      break;
    case K::kRenameForeignKey:
      out += "  [*] Renamed the foreign key \"" + from.tables[change.from_table].foreign_keys[change.from_item].name +
             "\" to \"" + to.tables[change.to_table].foreign_keys[change.to_item].name + "\"\n";
      break;
    case K::kRenameIndex:
      out += "  [*] Renamed index `" + from.tables[change.from_table].indexes[change.from_item].name + "` to `" +
             to.tables[change.to_table].indexes[change.to_item].name + "`\n";
      break;
    case K::kAlterTable: table_changes(plan, change, out); break;
    case K::kCreateSchema: out += "  - " + plan.to_namespaces[change.to_item] + "\n"; break;
    case K::kCreateExtension: out += "  - " + to.extensions[change.to_item].name + "\n"; break;
    // Prisma's summary prints a lone backtick here, not the extension's name.
    case K::kDropExtension: out += "`\n"; break;
  }
}

}  // namespace

std::string render_summary(const Plan& plan) {
  if (plan.empty()) return "No difference detected.";
  std::vector<Item> items;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    items.push_back(item_of(plan, plan.steps[i].change, i));
  }
  std::sort(items.begin(), items.end());
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i == 0 || items[i].section != items[i - 1].section || items[i].name != items[i - 1].name) {
      out += header(items[i]);
    }
    item_lines(plan, plan.steps[items[i].step].change, out);
  }
  return out;
}

}  // namespace qdb::diff
