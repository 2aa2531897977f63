#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/optional_box.hpp"

namespace qdb::model {

// A plain, database-level description of a PostgreSQL schema: what the tables, types and
// constraints are called in the database (after @map/@@map), not what the Prisma schema calls
// them. Filled from schema.prisma by prisma::lower() and, elsewhere, from the catalog.

/// A referential action of a foreign key.
enum class Action { kCascade, kRestrict, kNoAction, kSetNull, kSetDefault };

/// The SQL spelling of an action: CASCADE, RESTRICT, NO ACTION, SET NULL, SET DEFAULT.
const char* action_sql(Action action);

/// A column. `type` is the SQL type as Prisma writes it in CREATE TABLE: TEXT, INTEGER,
/// TIMESTAMP(3), DECIMAL(65,30), VARCHAR(255), "Role", "Role"[], TEXT[] ...
struct Column {
  std::string name;
  std::string type;
  std::string enum_name;                // the enum's database name when the type is an enum
  bool nullable = false;
  std::optional<std::string> default_sql;  // CURRENT_TIMESTAMP, false, 0, 'text', ARRAY[...]
  bool autoincrement = false;           // rendered SERIAL / BIGSERIAL / SMALLSERIAL
  // A schema's `dbgenerated()` without an expression: the database's default, whatever it is (or
  // none), is the schema's, so no default of the column is ever a difference (as in Prisma).
  bool any_default = false;
  // A schema's dbgenerated("..."): `default_sql` is an expression, compared as text (ignoring
  // ASCII case, as Prisma), never as a value such as a date-time literal.
  bool default_generated = false;
  // What only an inspected database has (the schema language cannot say it). Boxed: a schema
  // has tens of thousands of columns and few of them have any of these; a pointer each instead
  // of an optional string halves a column, which lowering writes and the differ reads.
  util::OptionalBox<std::string> identity;       // "ALWAYS" or "BY DEFAULT" for an identity column
  util::OptionalBox<std::string> generated_sql;  // the expression of GENERATED ALWAYS AS (...) STORED
  // The sequence an autoincrement column takes its values from, as the database names it: SERIAL's
  // <table>_<column>_seq, the lower-case name Prisma gives one it adds to a column, or the one a
  // nextval() default names. In its table's schema, unless `sequence_schema` says another.
  util::OptionalBox<std::string> sequence;
  util::OptionalBox<std::string> sequence_schema;
  // An inspected default as the server prints it (pg_get_expr), which `default_sql` may spell
  // otherwise ('1 day'::interval against '1 day'): a schema's dbgenerated("...") of this text,
  // ignoring ASCII case as Prisma compares it, is the same default, and `db pull` writes it.
  util::OptionalBox<std::string> server_default;

  // Whether the database fills the column from a sequence: Prisma's autoincrement(), which an
  // identity column is too (Prisma reads one as autoincrement(), and so does `db pull`).
  bool autoincrementing() const { return autoincrement || identity; }

  bool operator==(const Column&) const = default;
};

/// A column inside an index, with its optional arguments.
struct IndexColumn {
  std::string name;                 // the column; empty when the key is an expression
  std::string sort;                 // "", "ASC" or "DESC"
  std::optional<int> length;
  std::string ops;                  // operator class, e.g. jsonb_path_ops
  std::string expression;           // the key's SQL when it is an expression, e.g. lower(email)
  std::string nulls;                // "", "FIRST" or "LAST" (NULLS FIRST / NULLS LAST)

  bool operator==(const IndexColumn&) const = default;
};

/// An index or a unique index (unique constraints are created as unique indexes).
struct Index {
  std::string name;
  std::vector<IndexColumn> columns;
  bool unique = false;
  std::string method;               // "" for the default (btree), or HASH, GIN, GIST, SPGIST, BRIN
  // What only an inspected database has:
  bool constraint = false;          // a UNIQUE constraint (ALTER TABLE ... ADD UNIQUE), not a bare index
  std::optional<std::string> predicate;  // partial index: the WHERE clause
  std::vector<std::string> include;      // INCLUDE (columns)
  bool nulls_not_distinct = false;

  bool operator==(const Index&) const = default;
};

/// A primary key constraint.
struct PrimaryKey {
  std::string name;
  std::vector<std::string> columns;

  bool operator==(const PrimaryKey&) const = default;
};

/// A foreign key constraint.
struct ForeignKey {
  std::string name;
  std::vector<std::string> columns;
  std::string referenced_schema;    // "" for the default schema
  std::string referenced_table;
  std::vector<std::string> referenced_columns;
  Action on_delete = Action::kRestrict;
  Action on_update = Action::kCascade;
  bool deferrable = false;          // inspected only
  bool initially_deferred = false;  // inspected only

  bool operator==(const ForeignKey&) const = default;
};

/// A CHECK constraint (inspected only; the schema language has none).
struct CheckConstraint {
  std::string name;
  std::string expression;           // as pg_get_constraintdef prints it, e.g. CHECK ((price > 0))

  bool operator==(const CheckConstraint&) const = default;
};

/// A table. Columns keep their declared order; indexes and foreign keys keep Prisma's order.
struct Table {
  std::string schema;               // "" for the default schema
  std::string name;
  std::vector<Column> columns;
  std::optional<PrimaryKey> primary_key;
  std::vector<Index> indexes;
  std::vector<ForeignKey> foreign_keys;
  std::vector<CheckConstraint> checks;

  bool operator==(const Table&) const = default;
};

/// An enum type with its values in declared order.
struct Enum {
  std::string schema;  // "" for the default schema
  std::string name;
  std::vector<std::string> values;

  bool operator==(const Enum&) const = default;
};

/// An object of the database that the schema language cannot describe: a view, a function, a
/// trigger, an extension, a sequence no column owns, an exclusion constraint, a partition, a
/// comment, a collation, ... Generated migrations never drop or alter one; the differ only reports
/// them.
struct DatabaseObject {
  enum class Kind {
    kView, kMaterializedView, kFunction, kProcedure, kTrigger, kExtension, kSequence, kDomain, kType,
    kExclusionConstraint,  // name: the constraint; table: its table; definition: pg_get_constraintdef
    kPartitionKey,         // name and table: the partitioned table; definition: PARTITION BY's text
    kPartition,            // name: the partition; table: its parent; definition: FOR VALUES ...
    kComment,              // name: the table, "table.column" or type; table: the table; definition: the text
    kCollation,            // a collation made with CREATE COLLATION; definition: its provider and locale
    kColumnCollation,      // name: "table.column"; table: the table; definition: the collation
    kRowLevelSecurity,     // name and table: the table with row level security on; definition: "" or FORCE
    kTableInheritance,     // name: the child table; table: its parent (in `schema`); definition: ""
    kDeferrableConstraint, // name: a deferrable primary key or unique constraint; table: its table;
                           // definition: pg_get_constraintdef (a deferrable foreign key is a ForeignKey's)
  };
  Kind kind = Kind::kView;
  std::string schema;               // "" for the default schema (extensions: the schema they live in)
  std::string name;
  std::string table;                // triggers: the table they fire on
  std::string definition;           // the server's own text of it (pg_get_viewdef, pg_get_functiondef, ...)

  bool operator==(const DatabaseObject&) const = default;
};

/// "view", "materialized view", "function", "procedure", "trigger", "extension", "sequence", "domain", "type",
/// "exclusion constraint", "partition key", "partition", "comment", "collation", "column collation",
/// "row level security", "table inheritance", "deferrable constraint".
const char* kind_name(DatabaseObject::Kind kind);

/// An extension a schema's datasource asks for (`extensions = [...]`, Prisma's postgresqlExtensions
/// preview feature). Only a schema has these; an inspected database's extensions are objects.
struct Extension {
  std::string name;     // the database's name: citext, uuid-ossp
  std::string schema;   // empty: PostgreSQL's choice
  std::string version;  // empty: the default version

  bool operator==(const Extension&) const = default;
};

/// A whole database schema.
struct Schema {
  std::vector<std::string> namespaces;  // explicit PostgreSQL schemas (multiSchema); empty otherwise
  std::vector<Extension> extensions;    // a schema's only, in name order
  std::vector<Enum> enums;
  std::vector<Table> tables;
  std::vector<DatabaseObject> objects;  // inspected only: kept, never touched by generated SQL

  bool operator==(const Schema&) const = default;
};

/// The table named `name` in `schema_name`, or nullptr.
const Table* find_table(const Schema& schema, const std::string& schema_name, const std::string& name);

}  // namespace qdb::model
