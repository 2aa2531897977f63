#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace qdb::db {

// The rows the catalog inspector reads from pg_catalog, as plain values: the pg backend fills
// them (pg/catalog_queries.cpp), inspect::build_schema turns them into a model::Schema. Every
// row names its object by schema and table name, so the rows of different queries join in code.

/// A table (relkind r or p, not a partition).
struct TableRow {
  std::string schema;
  std::string name;
};

/// A column of a table, in attnum order.
struct ColumnRow {
  std::string schema;
  std::string table;
  std::string name;
  std::string formatted_type;     // format_type(atttypid, atttypmod), e.g. "character varying(255)[]"
  std::string element_schema;     // the element type's schema and name (the type itself when no array)
  std::string element_name;
  bool element_is_enum = false;
  int array_dimensions = 0;       // 0 for a scalar; an array column counts 1 even when declared [][]
  bool not_null = false;
  std::optional<std::string> default_sql;  // pg_get_expr of the default (or of the generation expression)
  char identity = '\0';           // attidentity: 'a' ALWAYS, 'd' BY DEFAULT
  char generated = '\0';          // attgenerated: 's' STORED
  std::optional<std::string> owned_sequence;  // the name of a sequence this column owns (SERIAL), in its table's schema
};

/// One key (or INCLUDE column) of an index, one row per position.
struct IndexColumnRow {
  std::string schema;
  std::string table;
  std::string index;
  bool unique = false;
  bool primary = false;
  char constraint_type = '\0';    // 'p', 'u' or 'x' when a constraint owns the index
  std::string method;             // pg_am.amname: btree, hash, gin, gist, spgist, brin
  std::optional<std::string> predicate;  // pg_get_expr(indpred)
  bool nulls_not_distinct = false;
  int position = 0;               // 1-based
  bool included = false;          // position beyond the key columns: INCLUDE (...)
  std::string column;             // empty for an expression
  std::string expression;         // pg_get_indexdef(index, position, true) for an expression
  bool descending = false;
  bool nulls_first = false;
  std::string opclass;            // the operator class when it is not the type's default
};

/// One column pair of a foreign key, one row per position.
struct ForeignKeyColumnRow {
  std::string schema;
  std::string table;
  std::string name;
  int position = 0;
  std::string column;
  std::string referenced_schema;
  std::string referenced_table;
  std::string referenced_column;
  char on_delete = 'a';           // confdeltype: a no action, r restrict, c cascade, n set null, d set default
  char on_update = 'a';
  bool deferrable = false;
  bool initially_deferred = false;
};

/// A CHECK constraint.
struct CheckRow {
  std::string schema;
  std::string table;
  std::string name;
  std::string definition;         // pg_get_constraintdef, e.g. CHECK ((price > (0)::numeric))
};

/// One value of an enum type, in enumsortorder.
struct EnumValueRow {
  std::string schema;
  std::string name;
  std::string value;
};

/// Something the schema language cannot express: kind is one of "view", "materialized view",
/// "function", "procedure", "trigger", "extension", "sequence", "domain", "type", "exclusion
/// constraint", "partition key", "partition", "comment", "collation", "column collation"
/// (model::DatabaseObject::Kind says what name, table and definition hold for each).
struct ObjectRow {
  std::string kind;
  std::string schema;
  std::string name;
  std::string table;              // triggers
  std::string definition;
};

/// Everything one inspection reads.
struct CatalogRows {
  std::vector<TableRow> tables;
  std::vector<ColumnRow> columns;
  std::vector<IndexColumnRow> index_columns;
  std::vector<ForeignKeyColumnRow> foreign_key_columns;
  std::vector<CheckRow> checks;
  std::vector<EnumValueRow> enum_values;
  std::vector<ObjectRow> objects;
  /// Which of the schemas asked for exist (an empty one too), when the reader looked; nullopt for
  /// rows made by hand, whose schemas all count as existing.
  std::optional<std::vector<std::string>> namespaces;
  /// Catalog::fingerprint() in the same snapshot as the rows, when read_fingerprinted() read them.
  std::string fingerprint;
};

/// Reads the catalog of one database.
/// A question about a table's rows, asked before a migration that would fail on them or lose
/// them (`dev db migrate`, `db push`).
struct DataQuestion {
  enum class Kind {
    kRows,             // how many rows the table has
    kNonNullValues,    // how many rows hold a value in columns[0]
    kNullValues,       // how many rows hold NULL in columns[0]
    kDuplicateGroups,  // how many distinct non-NULL values of `columns` occur more than once
  };
  Kind kind = Kind::kRows;
  std::string schema;  // the PostgreSQL schema the table is in
  std::string table;
  std::vector<std::string> columns;
};

/// How much of the catalog a read needs. Everything by default; `generate-types --from-db`, whose
/// types depend on whether a column has a default but never on its text, and on no object outside
/// the schema language but views, reads less (on 2000 tables the default texts and owned
/// sequences are half the columns query, the objects query as much as the index keys).
struct ReadScope {
  /// The SQL text of each default and generation expression (pg_get_expr), and the sequence a
  /// column owns. Without them a column's default_sql is only a stand-in, "DEFAULT" (a SERIAL
  /// column is then a column with a default, not an autoincrement one).
  bool expressions = true;
  /// Every object outside the schema language; without it only views, materialized views and
  /// the objects that put a warning in the pulled schema (comments, exclusion constraints,
  /// partitions).
  bool all_objects = true;
};

class Catalog {
 public:
  virtual ~Catalog() = default;
  /// The rows of every object in `schemas` (of what `scope` asks for), in a fixed number of
  /// queries whatever their size. Throws qdb::Error(kDatabaseState) when the server refuses a query.
  virtual CatalogRows read(const std::vector<std::string>& schemas, const ReadScope& scope) = 0;
  CatalogRows read(const std::vector<std::string>& schemas) { return read(schemas, ReadScope{}); }
  /// read() and, in the same snapshot, fingerprint() (one query more).
  virtual CatalogRows read_fingerprinted(const std::vector<std::string>& schemas) = 0;
  /// A text that changes whenever any row of the catalogs read() depends on changes (a table,
  /// column, default, index, constraint, type, enum value, view, function, trigger, sequence,
  /// extension, partition, comment or collation created, altered or dropped anywhere in the
  /// database), and when the server restarts: equal fingerprints mean read() would return the
  /// same rows. One query, much cheaper than read(). Throws qdb::Error(kDatabaseState) when the
  /// server refuses it.
  virtual std::string fingerprint() = 0;
  /// The answers to `questions`, in their order, in one query (none for no questions). Throws
  /// qdb::Error(kDatabaseState) when the server refuses it.
  virtual std::vector<std::int64_t> count(const std::vector<DataQuestion>& questions) = 0;
  /// How many queries read() has sent so far.
  virtual int queries_sent() const = 0;
};

/// Opens a catalog reader on the database `settings` point at; throws kConnection.
using CatalogConnector = std::function<std::unique_ptr<Catalog>(const ConnectionSettings&)>;

}  // namespace qdb::db
