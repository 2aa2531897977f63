#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "prisma/source.hpp"
#include "util/arena.hpp"

/// Lifetime: the tree lives in its File's arena. Lists are util::ArenaList (views of values in
/// the arena); names, values and documentation are views of the source text the tree was parsed
/// from, or of text in the arena when it is not written as one piece there (strings with
/// escapes, dotted names written with blanks, documentation joined from several lines). A tree
/// is valid only while its File and the source text (for load_schema(): LoadResult::sources)
/// both live. Every node is trivially destructible: freeing the arena frees the tree.
namespace qdb::prisma::ast {

template <typename T>
using List = util::ArenaList<T>;

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
  List<Argument> arguments;  // for kFunction
  List<Expression> items;    // for kArray
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
  List<Argument> arguments;
  Location location;
};

/// The type written after a field name.
struct FieldType {
  std::string_view name;        // String, Int, a model or enum name, or "Unsupported"
  std::string_view unsupported; // the text inside Unsupported("...")
  bool optional = false;
  bool list = false;
  bool unsupported_call = false;  // written Unsupported("..."), not a bare name
  Location location;
};

/// A model or view field.
struct Field {
  std::string_view name;
  FieldType type;
  List<Attribute> attributes;
  std::string_view documentation;  // joined `///` lines, without the slashes
  Location location;
};

/// A value line in an enum block.
struct EnumValue {
  std::string_view name;
  List<Attribute> attributes;
  std::string_view documentation;
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
  List<Field> fields;            // model, view, type
  List<EnumValue> values;        // enum
  List<Property> properties;     // datasource, generator
  List<Attribute> attributes;    // @@ attributes of a model, view or enum
  std::string_view documentation;
  Location location;        // the keyword
  Location name_location;   // the block name
};

/// The parsed text of one file, in source order.
struct File {
  std::string name;
  std::vector<Block> blocks;
  /// The lists of `blocks` and the text they view when it is not a slice of the source.
  /// Moving the File keeps all of it in place.
  util::Arena arena;
};

}  // namespace qdb::prisma::ast
