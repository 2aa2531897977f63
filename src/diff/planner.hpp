#pragma once

#include <string>
#include <vector>

#include "diff/change.hpp"
#include "diff/differ.hpp"
#include "model/schema.hpp"

namespace qdb::diff {

/// What a warning is about, so that the data it concerns can be looked at (`dev db migrate`
/// asks the development database before it asks the user).
enum class WarningKind {
  kDropTable,               // rows of `table` are lost
  kAddUnique,               // duplicates in `columns` make the step fail
  kRemoveEnumValues,        // rows using the values make the step fail
  kDropColumn,              // values of columns[0] are lost
  kDropPrimaryKey,          // the table could be left without a primary key
  kRiskyCast,               // values of columns[0] are cast from `from_type` to `to_type`
  kRecreateColumn,          // values of columns[0] are lost
  kAddRequiredColumn,       // unexecutable: fails when `table` has rows
  kMakeRequired,            // unexecutable: fails when columns[0] holds NULLs
  kScalarToList,            // unexecutable: fails when columns[0] holds values
  kRecreateRequiredColumn,  // unexecutable: fails when `table` has rows
};

/// A warning about a step, in Prisma's words. `unexecutable` ones are steps that fail on a
/// table with rows (a required column without default, ...); the others may lose data.
struct Warning {
  std::string message;
  bool unexecutable = false;
  size_t step = 0;  // index into Plan::steps
  WarningKind kind = WarningKind::kDropTable;
  std::string schema;                // the table's PostgreSQL schema as the model names it ("" : the default)
  std::string table;                 // the table as it is before the migration (after it, for kAddUnique)
  std::vector<std::string> columns;  // the columns concerned, as they are before the migration
  bool columns_exist = true;         // whether every one of `columns` exists before the migration
  std::string from_type, to_type;    // kRiskyCast: the types as Prisma names them
  bool operator==(const Warning&) const = default;
};

/// A change in its place in the migration, with what the planner knows about it.
struct Step {
  Change change;
  bool destructive = false;        // drops a table, a column, or an enum's values (data may be lost)
  bool own_transaction = false;    // writes its own BEGIN/COMMIT (removing an enum value, adding one in use)
};

/// The ordered migration between two schemas. It points into both schemas: they must outlive it.
struct Plan {
  const model::Schema* from = nullptr;  // never null: the empty schema for an empty side
  const model::Schema* to = nullptr;
  std::vector<std::string> to_namespaces;  // what CreateSchema steps' positions refer to
  std::vector<Step> steps;
  std::vector<Warning> warnings;  // data-loss warnings in step order, then unexecutable steps
  std::string from_default_schema = "public";  // Side::default_schema of the source
  bool from_inspected = false;  // Side::inspected of the source: how the renderer names its objects

  bool empty() const { return steps.empty(); }
};

/// Diffs `from` and `to` and orders the steps as Prisma 6.19 does: by kind (CreateSchema,
/// CreateEnum, AlterEnum, DropForeignKey, DropIndex, AlterTable, DropTable, DropEnum,
/// CreateTable, CreateIndex, RenameForeignKey, AddForeignKey, RenameIndex), then by the
/// position of what they touch; indexes of new tables before those of existing ones. Every
/// change to one table is one AlterTable step. Computes the warnings `prisma migrate dev`
/// prints without looking at the data.
Plan plan_migration(const Side& from, const Side& to);

}  // namespace qdb::diff
