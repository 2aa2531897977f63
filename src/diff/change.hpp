#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diff/column_type.hpp"

namespace qdb::diff {

// The change values the differ returns and the planner orders. A change names what it touches
// by position: `from_*` index into the source schema's vectors, `to_*` into the target's
// (tables, a table's columns / indexes / foreign keys, enums, namespaces); -1 where a side has
// none. Positions rather than copies keep a diff of thousands of tables cheap, and they are
// also the order Prisma sorts its steps by.

/// What changed about a column kept on both sides, as Prisma's differ records it.
struct ColumnChanges {
  bool arity = false;          // nullable / required / list
  bool default_value = false;
  bool type = false;
  bool autoincrement = false;
  TypeChange type_change = TypeChange::kNone;

  bool any() const { return arity || default_value || type || autoincrement; }
  bool operator==(const ColumnChanges&) const = default;
};

/// One clause of an ALTER TABLE, in Prisma's order: the primary key dropped or renamed,
/// columns dropped, added, altered (or dropped and added again when no cast exists), the
/// primary key added.
struct TableChange {
  enum class Kind { kDropPrimaryKey, kRenamePrimaryKey, kDropColumn, kAddColumn, kAlterColumn,
                    kDropAndRecreateColumn, kAddPrimaryKey };
  Kind kind = Kind::kAddColumn;
  int from_column = -1;
  int to_column = -1;
  ColumnChanges changes = {};

  bool operator==(const TableChange&) const = default;
};

/// A column by position: table and column index in one schema.
struct ColumnRef {
  int table = -1;
  int column = -1;
  bool operator==(const ColumnRef&) const = default;
};

/// One step of a migration. The kinds are listed in the order Prisma runs them.
struct Change {
  enum class Kind {
    kCreateSchema,      // to_item: namespace
    kDropExtension,     // from_item: extension (to create it again at another version)
    kCreateExtension,   // to_item: extension
    kCreateEnum,        // to_item: enum
    kAlterEnum,         // from_item/to_item: enum; added_values, removed_values, enum_defaults
    kDropForeignKey,    // from_table, from_item: foreign key
    kDropIndex,         // from_table, from_item: index
    kAlterTable,        // from_table, to_table, table_changes
    kDropTable,         // from_table
    kDropEnum,          // from_item: enum
    kCreateTable,       // to_table
    kCreateIndex,       // to_table, to_item: index; from_table -1 for an index of a new table
    kRenameForeignKey,  // from_table/from_item -> to_table/to_item
    kAddForeignKey,     // to_table, to_item: foreign key
    kRenameIndex,       // from_table/from_item -> to_table/to_item
  };
  Kind kind = Kind::kCreateTable;
  int from_table = -1;
  int to_table = -1;
  int from_item = -1;
  int to_item = -1;
  std::vector<TableChange> table_changes = {};
  std::vector<std::string> added_values = {};
  std::vector<std::string> removed_values = {};
  /// kAlterEnum with removed values: columns of the old enum with a default (dropped before the
  /// type is rebuilt), each with the same column in the target when its default is put back.
  std::vector<std::pair<ColumnRef, std::optional<ColumnRef>>> enum_defaults = {};
  /// kCreateIndex: the index is created again because a column of it was dropped and added.
  bool recreated = false;
  /// kAlterEnum adding values: a default of the target uses one, and PostgreSQL refuses a value
  /// before the transaction that added it commits, so the values are added in one of their own.
  bool commit_added_values = false;

  bool operator==(const Change&) const = default;
};

/// "CreateTable", "AlterEnum", ...: the comment Prisma writes above the step's SQL.
const char* step_name(Change::Kind kind);

}  // namespace qdb::diff
