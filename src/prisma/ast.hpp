#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "prisma/source.hpp"

/// Lifetime: names and values in the tree are views. They point into the source text the
/// tree was parsed from, or into File::owned_text for text that is not written as one piece
/// there (strings with escapes, dotted names written with blanks). A tree is valid only while
/// its File and the source text (for load_schema(): LoadResult::sources) both live.
/// Documentation is joined from several lines, so it is a string of its own.
namespace qdb::prisma::ast {

struct Argument;

/// A value in an attribute argument or a datasource/generator property.
struct Expression {
  enum class Kind {
    kString,      // "text"
    kNumber,      // 12, -1.5 (text kept as written)
    kConstant,    // a bare name: true, Cascade, USER, a field name
    kFunction,    // name(args...), also a field with arguments in an index: title(sort: Desc)
    kArray,       // [items...]
  };

  Kind kind = Kind::kConstant;
  std::string_view text;            // string value, number text, constant or function name
  std::vector<Argument> arguments;  // for kFunction
  std::vector<Expression> items;    // for kArray
  Location location;
};

/// `name: value` or a positional `value` (empty name).
struct Argument {
  std::string_view name;
  Expression value;
  Location location;
};

/// `@name(args)` on a field or enum value, `@@name(args)` on a block. Native type attributes
/// keep their dotted name: `db.VarChar`.
struct Attribute {
  std::string_view name;
  bool block_level = false;
  bool has_parentheses = false;
  std::vector<Argument> arguments;
  Location location;
};

/// The type written after a field name.
struct FieldType {
  std::string_view name;        // String, Int, a model or enum name, or "Unsupported"
  std::string_view unsupported; // the text inside Unsupported("...")
  bool optional = false;
  bool list = false;
  Location location;
};

/// A model or view field.
struct Field {
  std::string_view name;
  FieldType type;
  std::vector<Attribute> attributes;
  std::string documentation;  // joined `///` lines, without the slashes
  Location location;
};

/// A value line in an enum block.
struct EnumValue {
  std::string_view name;
  std::vector<Attribute> attributes;
  std::string documentation;
  Location location;
};

/// `key = value` in a datasource or generator block.
struct Property {
  std::string_view name;
  Expression value;
  Location location;
};

/// One top-level block.
struct Block {
  enum class Kind { kModel, kView, kEnum, kDatasource, kGenerator, kType };

  Kind kind = Kind::kModel;
  std::string_view name;
  std::vector<Field> fields;            // model, view, type
  std::vector<EnumValue> values;        // enum
  std::vector<Property> properties;     // datasource, generator
  std::vector<Attribute> attributes;    // @@ attributes of a model, view or enum
  std::string documentation;
  Location location;        // the keyword
  Location name_location;   // the block name
};

/// The parsed text of one file, in source order.
struct File {
  std::string name;
  std::vector<Block> blocks;
  /// Text the views in `blocks` point to when it is not a slice of the source. A deque, so
  /// adding text (or moving the File) never moves what is already viewed.
  std::deque<std::string> owned_text;
};

}  // namespace qdb::prisma::ast
