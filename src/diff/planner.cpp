#include "diff/planner.hpp"

#include <algorithm>
#include <array>

namespace qdb::diff {
namespace {

const model::Schema kEmptySchema;

// The sort key Prisma's derived ordering gives a step: its kind, then the positions it holds.
// An index of a new table has no old table, which sorts before every existing one.
std::array<int, 5> sort_key(const Change& change) {
  using K = Change::Kind;
  const int kind = static_cast<int>(change.kind);
  switch (change.kind) {
    case K::kCreateSchema:
    case K::kCreateExtension:
    case K::kCreateEnum: return {kind, change.to_item, 0, 0, 0};
    case K::kDropExtension: return {kind, change.from_item, 0, 0, 0};
    case K::kAlterEnum: return {kind, change.from_item, change.to_item, 0, 0};
    case K::kDropEnum: return {kind, change.from_item, 0, 0, 0};
    case K::kDropForeignKey:
    case K::kDropIndex: return {kind, change.from_table, change.from_item, 0, 0};
    case K::kAlterTable: return {kind, change.from_table, change.to_table, 0, 0};
    case K::kDropTable: return {kind, change.from_table, 0, 0, 0};
    case K::kCreateTable: return {kind, change.to_table, 0, 0, 0};
    case K::kCreateIndex:
      return {kind, change.from_table < 0 ? 0 : 1, change.from_table, change.to_table, change.to_item};
    case K::kRenameForeignKey:
    case K::kRenameIndex: return {kind, change.from_table, change.from_item, change.to_table, change.to_item};
    case K::kAddForeignKey: return {kind, change.to_table, change.to_item, 0, 0};
  }
  return {kind, 0, 0, 0, 0};
}

class WarningCollector {
 public:
  WarningCollector(const model::Schema& from, const model::Schema& to) : from_(from), to_(to) {}

  void visit(const Change& change, size_t step) {
    using K = Change::Kind;
    switch (change.kind) {
      case K::kAlterTable:
        for (const TableChange& table_change : change.table_changes) visit_table_change(change, table_change, step);
        break;
      case K::kDropTable:
        warn(about(WarningKind::kDropTable, from_.tables[change.from_table], {}),
             "You are about to drop the `" + from_.tables[change.from_table].name +
                 "` table. If the table is not empty, all the data it contains will be lost.", step);
        break;
      case K::kCreateIndex: {
        if (change.from_table < 0 || change.recreated) break;
        const model::Table& table = to_.tables[change.to_table];
        const model::Index& index = table.indexes[change.to_item];
        if (!index.unique) break;
        std::string columns;
        std::vector<std::string> names;
        for (const model::IndexColumn& column : index.columns) {
          columns += (columns.empty() ? "" : ",") + column.name;
          names.push_back(column.name);
        }
        Warning subject = about(WarningKind::kAddUnique, table, names);
        const model::Table* old_table = model::find_table(from_, table.schema, table.name);
        for (const std::string& name : names) {
          const bool existed = old_table && std::any_of(old_table->columns.begin(), old_table->columns.end(),
                                                        [&](const model::Column& c) { return c.name == name; });
          if (!existed) subject.columns_exist = false;
        }
        warn(std::move(subject), "A unique constraint covering the columns `[" + columns + "]` on the table `" + table.name +
                 "` will be added. If there are existing duplicate values, this will fail.", step);
        break;
      }
      case K::kAlterEnum: {
        if (change.removed_values.empty()) break;
        std::string values;
        for (const std::string& value : change.removed_values) values += (values.empty() ? "" : ",") + value;
        warn(about(WarningKind::kRemoveEnumValues, {}, {}), "The values [" + values + "] on the enum `" + to_.enums[change.to_item].name +
                 "` will be removed. If these variants are still used in the database, this will fail.", step);
        break;
      }
      default: break;
    }
  }

  std::vector<Warning> take() {
    std::vector<Warning> all = std::move(warnings_);
    all.insert(all.end(), unexecutable_.begin(), unexecutable_.end());
    return all;
  }

 private:
  static Warning about(WarningKind kind, const model::Table& table, std::vector<std::string> columns) {
    Warning warning;
    warning.kind = kind;
    warning.schema = table.schema;
    warning.table = table.name;
    warning.columns = std::move(columns);
    return warning;
  }
  void warn(Warning subject, std::string message, size_t step) {
    subject.message = std::move(message);
    subject.step = step;
    warnings_.push_back(std::move(subject));
  }
  void fail(Warning subject, std::string message, size_t step) {
    subject.message = std::move(message);
    subject.unexecutable = true;
    subject.step = step;
    unexecutable_.push_back(std::move(subject));
  }

  void visit_table_change(const Change& change, const TableChange& item, size_t step) {
    using TK = TableChange::Kind;
    const model::Table& before = from_.tables[change.from_table];
    const model::Table& after = to_.tables[change.to_table];
    const std::string table = "`" + before.name + "`";
    switch (item.kind) {
      case TK::kDropColumn:
        warn(about(WarningKind::kDropColumn, before, {before.columns[item.from_column].name}),
             "You are about to drop the column `" + before.columns[item.from_column].name + "` on the " + table +
                 " table. All the data in the column will be lost.", step);
        break;
      case TK::kAddColumn: {
        const model::Column& column = after.columns[item.to_column];
        // dbgenerated() without an expression is a default the database gives (Prisma: no warning).
        if (column.nullable || column.default_sql || column.any_default || column.autoincrement || column.identity ||
            column.generated_sql) {
          break;
        }
        if (column.type.ends_with("[]")) break;
        fail(about(WarningKind::kAddRequiredColumn, before, {}),
             "Added the required column `" + column.name + "` to the `" + after.name +
                 "` table without a default value. This is not possible if the table is not empty.", step);
        break;
      }
      case TK::kDropPrimaryKey:
        warn(about(WarningKind::kDropPrimaryKey, before, {}), "The primary key for the " + table +
                 " table will be changed. If it partially fails, the table could be left without primary key constraint.",
             step);
        break;
      case TK::kAlterColumn: visit_alter_column(before, after, item, step); break;
      case TK::kDropAndRecreateColumn: visit_recreate_column(before, after, item, step); break;
      default: break;
    }
  }

  void visit_alter_column(const model::Table& before, const model::Table& after, const TableChange& item, size_t step) {
    const model::Column& old_column = before.columns[item.from_column];
    const model::Column& new_column = after.columns[item.to_column];
    const std::string where = "`" + old_column.name + "` on the `" + before.name + "` table";
    const bool was_list = old_column.type.ends_with("[]");
    const bool is_list = new_column.type.ends_with("[]");
    if (item.changes.arity && old_column.nullable && !new_column.nullable && !is_list) {
      fail(about(WarningKind::kMakeRequired, before, {old_column.name}), "Made the column `" + old_column.name + "` on table `" + before.name +
               "` required. This step will fail if there are existing NULL values in that column.", step);
    }
    if (item.changes.arity && !was_list && is_list) {
      fail(about(WarningKind::kScalarToList, before, {old_column.name}), "Changed the column " + where +
               " from a scalar field to a list field. If there are non-null values in that column, this step will fail.",
           step);
    }
    if (item.changes.type_change == TypeChange::kRiskyCast) {
      Warning subject = about(WarningKind::kRiskyCast, before, {old_column.name});
      subject.from_type = display_type(parse_column_type(old_column));
      subject.to_type = display_type(parse_column_type(new_column));
      const std::string cast = "The data in that column will be cast from `" + subject.from_type + "` to `" +
                               subject.to_type + "`.";
      warn(std::move(subject), "You are about to alter the column " + where + ". The data in that column could be lost. " +
                                   cast, step);
    }
  }

  void visit_recreate_column(const model::Table& before, const model::Table& after, const TableChange& item,
                             size_t step) {
    const model::Column& old_column = before.columns[item.from_column];
    const model::Column& new_column = after.columns[item.to_column];
    const bool required = !new_column.nullable && !new_column.type.ends_with("[]");
    const bool no_default = !new_column.default_sql && !new_column.autoincrement;
    if (item.changes.arity && old_column.nullable && required && no_default) {
      fail(about(WarningKind::kAddRequiredColumn, before, {}),
           "Added the required column `" + old_column.name + "` to the `" + before.name +
               "` table without a default value. This is not possible if the table is not empty.", step);
    } else if (required && no_default) {
      fail(about(WarningKind::kRecreateRequiredColumn, before, {}), "Changed the type of `" + old_column.name + "` on the `" + before.name +
               "` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is "
               "data, since the column is required.", step);
    } else {
      warn(about(WarningKind::kRecreateColumn, before, {old_column.name}),
           "The `" + old_column.name + "` column on the `" + before.name +
               "` table would be dropped and recreated. This will lead to data loss if there is data in the column.",
           step);
    }
  }

  const model::Schema& from_;
  const model::Schema& to_;
  std::vector<Warning> warnings_;
  std::vector<Warning> unexecutable_;
};

bool is_destructive(const Change& change) {
  using K = Change::Kind;
  if (change.kind == K::kDropTable || change.kind == K::kDropEnum) return true;
  if (change.kind == K::kAlterEnum) return !change.removed_values.empty();
  if (change.kind != K::kAlterTable) return false;
  return std::any_of(change.table_changes.begin(), change.table_changes.end(), [](const TableChange& item) {
    return item.kind == TableChange::Kind::kDropColumn || item.kind == TableChange::Kind::kDropAndRecreateColumn ||
           item.changes.type_change == TypeChange::kRiskyCast;
  });
}

}  // namespace

Plan plan_migration(const Side& from, const Side& to) {
  Plan plan;
  plan.from = from.schema ? from.schema : &kEmptySchema;
  plan.to = to.schema ? to.schema : &kEmptySchema;
  plan.to_namespaces = namespaces_of(to);
  plan.from_default_schema = from.default_schema;
  plan.from_inspected = from.inspected && from.schema != nullptr;
  std::vector<Change> changes = diff_schemas(from, to);
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Change& a, const Change& b) { return sort_key(a) < sort_key(b); });
  WarningCollector warnings(*plan.from, *plan.to);
  plan.steps.reserve(changes.size());
  for (Change& change : changes) {
    Step step;
    step.destructive = is_destructive(change);
    step.own_transaction =
        change.kind == Change::Kind::kAlterEnum && (!change.removed_values.empty() || change.commit_added_values);
    step.change = std::move(change);
    warnings.visit(step.change, plan.steps.size());
    plan.steps.push_back(std::move(step));
  }
  plan.warnings = warnings.take();
  return plan;
}

}  // namespace qdb::diff
