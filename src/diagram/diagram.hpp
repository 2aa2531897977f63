#pragma once

#include <string>
#include <vector>

#include "model/schema.hpp"

namespace qdb::diagram {

// An entity-relationship picture of a model::Schema, and its text as Mermaid and Graphviz DOT.
// Built from the database-level model, so a schema read from schema/ and one read from a
// database's catalog draw alike.

/// How many rows one end of a relationship may have.
enum class End { kExactlyOne, kZeroOrOne, kZeroOrMore };

/// A column of a table, or a value of an enum.
struct Attribute {
  std::string name;
  std::string type;          // the SQL type as the model has it: INTEGER, VARCHAR(320), "Role"[] ...
  bool primary_key = false;  // part of the primary key
  bool foreign_key = false;  // part of a foreign key
  bool unique = false;       // unique on its own (a one-column unique index)
  bool nullable = false;
};

/// A table with its columns in declared order, or an enum with its values.
struct Entity {
  std::string name;          // "schema.table" when the table is in a named schema
  bool is_enum = false;
  std::vector<Attribute> attributes;
};

/// A foreign key drawn between two tables: `from` (the referencing table) has `from_end` rows
/// per row of `to`, and `to` has `to_end` rows per row of `from`.
struct Relationship {
  std::string from;
  std::string to;
  std::vector<std::string> from_columns;
  std::vector<std::string> to_columns;
  End from_end = End::kZeroOrMore;
  End to_end = End::kExactlyOne;
};

struct Diagram {
  std::vector<Entity> entities;            // tables in the model's order, then enums
  std::vector<Relationship> relationships; // foreign keys, table by table
};

/// The diagram of `schema`. Cardinality follows the foreign key: the referencing side has zero
/// or one row when its columns are unique (the primary key or a unique index on exactly those
/// columns), zero or more otherwise; the referenced side has exactly one row, or zero or one
/// when a referencing column is nullable.
Diagram build_diagram(const model::Schema& schema);

/// Mermaid `erDiagram` text (renders on GitHub and in most Markdown viewers). Names Mermaid
/// cannot spell are written with '_' in place of the odd characters and their real spelling in
/// the attribute's comment; nullable columns say so in the comment.
std::string render_mermaid(const Diagram& diagram);

/// Graphviz DOT text: one HTML-like table per entity (column, type, keys and NULL), edges in
/// crow's foot notation from the referencing column to the referenced one.
std::string render_dot(const Diagram& diagram);

}  // namespace qdb::diagram
