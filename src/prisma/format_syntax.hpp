#pragma once

#include <string>
#include <string_view>
#include <vector>

// How `prisma format` reads a file. Prisma's formatter does not work from the schema's syntax
// tree but from a grammar of its own that is forgiving: a line it cannot read is kept as it is
// written, and a block that is not closed is kept line by line. This reader follows that grammar
// (prisma-engines, psl/schema-ast/src/parser/datamodel.pest) rule by rule, including its implicit
// blanks and its ordered choices, so that qdb lays out every line exactly as Prisma does.
namespace qdb::prisma::layout {

/// One line-level element inside a block.
struct Element {
  enum class Kind {
    kRow,             // a field, an enum value or a `key = value` property: aligned columns
    kBlockAttribute,  // `@@name(...)`: one column, moved below the fields
    kComments,        // one or more `//` or `///` lines
    kEmptyLines,      // one or more blank lines
    kOther,           // a line the grammar does not read, kept as written
  };

  Kind kind = Kind::kRow;
  /// kRow: the cells, already written in Prisma's spelling (a field's are name, type and
  /// attributes; a property's name and `= value`; an enum value's name and attributes).
  /// Trailing empty cells are kept; the table drops them. kBlockAttribute: the one cell.
  std::vector<std::string> columns;
  std::string comment;             // kRow, kBlockAttribute: a trailing comment as written, or ""
  std::string attribute;           // kBlockAttribute: its name, which decides its place
  std::vector<std::string> lines;  // kComments: each line from `//` on; kOther: the text
};

/// One top-level element of a file.
struct Item {
  enum class Kind {
    kBlock,       // model, view, type, enum, datasource or generator with its elements
    kComments,    // `//` or `///` lines between blocks
    kEmptyLines,  // blank lines between blocks
    kVerbatim,    // anything else (a line or block the grammar does not read), kept as written
  };

  Kind kind = Kind::kVerbatim;
  std::string keyword;             // kBlock: "model", "enum", ...
  std::string name;                // kBlock
  std::vector<Element> elements;   // kBlock
  std::vector<std::string> lines;  // kComments: each line from `//` on
  std::string text;                // kVerbatim
};

/// Where a field or block attribute goes among its siblings: Prisma's order id, unique,
/// default, updatedAt, index, fulltext, map, relation, ignore, then all others as written.
size_t attribute_rank(std::string_view name);

/// Reads `text` as Prisma's formatter does. Never fails and never throws: what the grammar does
/// not read becomes kVerbatim or kOther. Nesting deeper than a fixed limit is not read either.
std::vector<Item> read_layout(std::string_view text);

}  // namespace qdb::prisma::layout
